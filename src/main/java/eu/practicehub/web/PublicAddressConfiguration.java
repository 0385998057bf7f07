package eu.practicehub.web;

import eu.practicehub.common.PublicAddress;
import java.net.URI;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the server and its libraries build from a request names the public address too, not the request's
 * Host header: Tomcat reports the address's scheme, host and port as the request's (so an HTTP/1.0 redirect,
 * which Tomcat makes absolute, or a library's link lands there), and the OpenAPI document names it as the
 * API's server. A proxy trusted through {@code server.forward-headers-strategy} overrides them per request.
 */
@Configuration(proxyBeanMethods = false)
class PublicAddressConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> tomcatAtThePublicAddress(PublicAddress address) {
        URI base = address.base();
        int port = base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setScheme(base.getScheme());
            connector.setProxyName(base.getHost());
            connector.setProxyPort(port);
        });
    }

    @Bean
    ServerBaseUrlCustomizer apiServerAtThePublicAddress(PublicAddress address) {
        return (fromRequest, request) -> address.base().toString();
    }
}
