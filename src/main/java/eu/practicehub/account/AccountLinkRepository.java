package eu.practicehub.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    @Query("select l from AccountLink l join fetch l.account where l.tokenHash = :tokenHash")
    Optional<AccountLink> findByTokenHash(String tokenHash);

    /** As {@link #findByTokenHash}, the row locked until the transaction ends: a link is used once, whichever node is asked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AccountLink l join fetch l.account where l.tokenHash = :tokenHash")
    Optional<AccountLink> lockByTokenHash(String tokenHash);

    @Query("select l from AccountLink l where l.account.id = :accountId and l.usedAt is null")
    List<AccountLink> findUnusedByAccountId(long accountId);
}
