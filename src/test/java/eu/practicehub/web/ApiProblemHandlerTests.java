package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.ControllerAdviceBean;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class ApiProblemHandlerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void answersAnAddressTheApiDoesNotHaveWithANotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/no-such-resource")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                        {"status": 404, "title": "Not Found", "detail": "The API has nothing at /api/v1/projects/BETTER/no-such-resource.",
                         "instance": "/api/v1/projects/BETTER/no-such-resource"}
                        """);
    }

    @Test
    void answersAnUnsupportedMethodWithAProblemNamingTheAllowedOnes() {
        assertThat(mvc.delete().uri("/api/v1/projects")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).hasHeader("Allow", "GET")
                .bodyJson().extractingPath("$.detail").isEqualTo("DELETE is not possible here; the methods allowed are [GET].");
    }

    @Test
    void answersABodyThatIsNotJsonWithAnUnsupportedMediaTypeProblem() {
        assertThat(mvc.post().uri("/api/v1/projects/BETTER/practices").contentType(MediaType.TEXT_PLAIN).content("Segnalaci"))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersARequestWithoutBodyWithABadRequestProblem() {
        assertThat(mvc.post().uri("/api/v1/projects/import").contentType(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").isEqualTo("The request has no body; send a JSON document.");
    }

    @Test
    void aWriteThatMetAnotherAtTheSameMomentIsAConflictNotAServerError() {
        ApiProblemHandler handler = context.getBean(ApiProblemHandler.class);

        var problem = handler.concurrentWrite(new CannotAcquireLockException("Concurrent update in table PROJECT"),
                java.util.Locale.ENGLISH);

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("Someone else changed the same data at the same moment. "
                + "Nothing was changed; read it again and repeat your change.");
    }

    @Test
    void leavesAddressesOutsideTheApiToThePages() {
        var result = mvc.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result.getResponse().getContentType()).isNotEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void handlesTheExceptionsOfRestControllersOnlyNotThoseOfPageControllers() {
        ControllerAdviceBean advice = ControllerAdviceBean.findAnnotatedBeans(context).stream()
                .filter(bean -> ApiProblemHandler.class.equals(bean.getBeanType())).findFirst().orElseThrow();
        assertThat(advice.isApplicableToBeanType(SomeApi.class)).isTrue();
        assertThat(advice.isApplicableToBeanType(SomePage.class)).isFalse();
    }

    @RestController
    static class SomeApi {
    }

    @Controller
    static class SomePage {
    }
}
