package eu.practicehub.account.security;

import eu.practicehub.account.AccountLinks;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.SignInAttempts;
import eu.practicehub.common.ProblemDocuments;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;

/**
 * Two ways in. The API ({@code /api/**}) is stateless: reads are open (the services show the anonymous
 * only what is published), writes need a personal access token. The pages use a session after signing
 * in on the login page, with CSRF protection for every form and htmx request. Which record a person may
 * change is decided by {@link eu.practicehub.account.Access}, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script anywhere; htmx and Bootstrap come from this server. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The API answers with data only: nothing in it may load, run or be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** No page uses the browser's sensors, camera, microphone, location or payment. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ProblemResponses problemResponses(ProblemDocuments documents) {
        return new ProblemResponses(documents);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccountService accounts, ProblemResponses problems,
            @Value("${practicehub.max-request-body:2MB}") DataSize maxBody) throws Exception {
        tokensOnly(http.securityMatcher("/api/**"), accounts, problems)
                .addFilterBefore(new RequestBodyLimit(maxBody, problems), CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/v1/me", "/api/v1/me/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * A chain for machines: a personal access token or nobody, no session, no CSRF token, no sign-in
     * page; 401 and 403 are problem documents; the answers are data that nothing may load, run or frame.
     */
    static HttpSecurity tokensOnly(HttpSecurity http, AccountService accounts, ProblemResponses problems)
            throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(accounts, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .frameOptions(frames -> frames.deny()))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable());
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ProblemResponses problems,
            @Value("${practicehub.max-request-body:2MB}") DataSize maxBody, AccountService accounts,
            SignInAttempts attempts, PasswordEncoder passwords) throws Exception {
        http.addFilterBefore(new RequestBodyLimit(maxBody, problems), CsrfFilter.class)
                .addFilterAfter(new SessionAccountCheck(accounts), SecurityContextHolderFilter.class)
                .authenticationManager(new ProviderManager(new PasswordSignIn(accounts, attempts, passwords)))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/profile/**", "/logout").authenticated()
                        .requestMatchers(HttpMethod.POST, "/login").permitAll()
                        .requestMatchers(HttpMethod.POST, AccountLinks.SETUP_PATH).permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailure()).successHandler(LocalRedirects.afterSignIn())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                // The error address changes nothing: asked for directly, by any method, it is not found.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/error"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .frameOptions(frames -> frames.deny()))
                .httpBasic(basic -> basic.disable());
        return http.build();
    }
}
