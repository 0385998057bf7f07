package eu.practicehub.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.account where m.account.id = :accountId")
    List<Membership> findByAccountId(long accountId);

    @Query("select m from Membership m join fetch m.account a where m.projectId = :projectId order by a.name, a.email, m.id")
    List<Membership> findByProjectIdWithAccount(long projectId);
}
