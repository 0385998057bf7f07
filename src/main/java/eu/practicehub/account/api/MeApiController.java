package eu.practicehub.account.api;

import eu.practicehub.account.AccessToken;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Membership;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The account behind the request's token: who it is, its roles, and its personal access tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account", description = "The account of the token sent, its roles and its personal access tokens")
class MeApiController {

    private final AccountService accounts;

    MeApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    record RoleView(long projectId, Long partnerId, String role) {

        static RoleView of(Membership membership) {
            return new RoleView(membership.getProjectId(), membership.getPartnerId(), membership.getRole().name());
        }
    }

    /** The account; {@code timeZone} is null when the person chose none (moments are then shown in the project's zone). */
    record MeView(long id, String email, String name, String language, String timeZone, boolean admin,
            List<RoleView> roles) {
    }

    record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        static TokenView of(AccessToken token) {
            return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt(),
                    token.getRevokedAt());
        }
    }

    /** A new token with its secret, which is shown only in this answer. */
    record NewTokenView(long id, String name, Instant createdAt, String token) {
    }

    record TokenRequest(String name) {
    }

    @GetMapping
    @Operation(summary = "Read my account", description = "Email, name, language, time zone (an IANA name such as "
            + "Europe/Rome, or null when none was chosen), whether an administrator, and the roles in projects "
            + "(COORDINATOR) and partners (EDITOR, VIEWER) by id.")
    MeView me() {
        Account account = accounts.me();
        List<RoleView> roles = accounts.membershipsOf(account.getId()).stream().map(RoleView::of).toList();
        return new MeView(account.getId(), account.getEmail(), account.getName(), account.getLanguage(),
                account.getTimeZone(), account.isAdmin(), roles);
    }

    @GetMapping("/tokens")
    @Operation(summary = "List my tokens", description = "Name and dates of every token, newest first; never the secrets.")
    List<TokenView> tokens() {
        return accounts.tokens().stream().map(TokenView::of).toList();
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create a token", description = "The answer holds the token's secret, shown only this once; "
            + "send it as Authorization: Bearer.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "422", description = "The name is missing or too long")
    ResponseEntity<NewTokenView> create(@RequestBody TokenRequest request) {
        AccountService.NewToken created = accounts.createToken(request == null ? null : request.name());
        AccessToken token = created.token();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.getId()))
                .body(new NewTokenView(token.getId(), token.getName(), token.getCreatedAt(), created.secret()));
    }

    @PostMapping("/tokens/{id}/revoke")
    @Operation(summary = "Revoke a token", description = "The token is refused from now on; it stays in the list as revoked.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "404", description = "No such token of this account")
    void revoke(@PathVariable long id) {
        accounts.revokeToken(id);
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke a token (DELETE)", description = "As POST …/revoke.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "404", description = "No such token of this account")
    void delete(@PathVariable long id) {
        accounts.revokeToken(id);
    }
}
