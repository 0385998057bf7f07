package eu.practicehub.account.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the OpenAPI document, and so Swagger UI's "Authorize" button, how the API signs a request in:
 * a personal access token sent as {@code Authorization: Bearer}. Each operation says what it takes, as
 * the API's filter chain ({@link SecurityConfiguration}) decides: reads accept a token (a member then
 * reads the project's drafts too) and answer without one; every write, and the account's own
 * operations ({@code /api/v1/me}), need one.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenDocumentation {

    static final String SCHEME = "personalAccessToken";

    private static final SecurityRequirement TOKEN = new SecurityRequirement().addList(SCHEME);
    /** An empty requirement: the operation also answers without any token. */
    private static final SecurityRequirement NONE = new SecurityRequirement();

    @Bean
    OpenApiCustomizer personalAccessTokens() {
        return openApi -> {
            components(openApi).addSecuritySchemes(SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .description("A personal access token, made on your profile page (Profile, Personal access tokens)"
                            + " and sent as `Authorization: Bearer <token>`. Reads answer without one, showing what is"
                            + " published; with one, they show what your account may see. Every change needs one."));
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                        operation.setSecurity(tokenOptional(path, method) ? List.of(TOKEN, NONE) : List.of(TOKEN))));
            }
        };
    }

    private static boolean tokenOptional(String path, PathItem.HttpMethod method) {
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD
                || method == PathItem.HttpMethod.OPTIONS;
        return read && !path.equals("/api/v1/me") && !path.startsWith("/api/v1/me/");
    }

    private static Components components(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        return openApi.getComponents();
    }
}
