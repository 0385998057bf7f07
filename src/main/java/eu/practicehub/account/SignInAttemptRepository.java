package eu.practicehub.account;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInAttemptRepository extends JpaRepository<SignInAttempt, String> {

    /** The row, locked ({@code select ... for update}) until the transaction ends, so that counts never get lost. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from SignInAttempt a where a.email = :email")
    Optional<SignInAttempt> lockByEmail(String email);

    @Modifying
    @Query("delete from SignInAttempt a where a.email = :email")
    void deleteByEmail(String email);
}
