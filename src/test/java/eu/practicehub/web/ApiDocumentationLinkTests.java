package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every page links the API documentation from its footer, for visitors and members alike. */
@PageTest
class ApiDocumentationLinkTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theFooterOfEveryPageLinksTheApiDocumentation() {
        String link = "<a id=\"api-docs-link\" href=\"/swagger-ui.html\">API documentation (Swagger UI)</a>";

        assertThat(PageText.html(mvc.get().uri("/").with(anonymous()).exchange())).contains("<footer", link);
        assertThat(PageText.html(mvc.get().uri("/projects/BETTER/transfers").exchange())).contains(link);
        assertThat(PageText.html(mvc.get().uri("/login").with(anonymous()).exchange())).contains(link);
    }
}
