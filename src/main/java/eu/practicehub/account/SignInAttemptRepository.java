package eu.practicehub.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInAttemptRepository extends JpaRepository<SignInAttempt, String> {

    @Modifying
    @Query("delete from SignInAttempt a where a.email = :email")
    void deleteByEmail(String email);
}
