package eu.practicehub.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    @Query("select t from AccessToken t join fetch t.account where t.tokenHash = :tokenHash")
    Optional<AccessToken> findByTokenHash(String tokenHash);

    @Query("select t from AccessToken t where t.account.id = :accountId order by t.createdAt desc, t.id desc")
    List<AccessToken> findByAccountId(long accountId);
}
