package eu.practicehub.account.security;

import eu.practicehub.account.AccountService;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's endpoints. Health and info stay open, for load balancers and orchestrators; every
 * other exposed endpoint (the Prometheus metrics) answers only a personal access token of an
 * administrator: 401 without one, 403 for any other account. No session, no sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, AccountService accounts, ProblemResponses problems)
            throws Exception {
        SecurityConfiguration.tokensOnly(http.securityMatcher(EndpointRequest.toAnyEndpoint()), accounts, problems)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .anyRequest().hasRole("ADMIN"));
        return http.build();
    }
}
