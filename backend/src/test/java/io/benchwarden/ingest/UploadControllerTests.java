package io.benchwarden.ingest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import io.benchwarden.contract.Problem;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.Links;
import io.benchwarden.token.ApiToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The upload endpoints' answers, with the pipeline behind them stubbed: which status, headers and error body each
 * outcome becomes. What the pipeline stores is the integration tests' business.
 */
@WebMvcTest(UploadController.class)
class UploadControllerTests {

    private static final ApiToken TOKEN = new ApiToken("ci", "digest", null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    IngestPipeline pipeline;
    @MockitoBean
    StrictUpload strict;
    @MockitoBean
    HostedUpload hosted;
    @MockitoBean
    Links links;

    @BeforeEach
    void kinds() {
        given(links.to(any())).willAnswer(call -> "https://bench.example" + call.getArgument(0));
        given(strict.isArtifact(any())).willAnswer(call -> call.getArgument(0, String.class).endsWith(".json"));
        given(strict.artifactsDescribed()).willReturn("an artifact of the perf contract");
        given(strict.uiPath(7)).willReturn("/runs/7");
        given(strict.apiPath(7)).willReturn("/api/v1/runs/7");
        given(strict.answer(7, "https://bench.example/runs/7")).willReturn(Map.of("id", 7));
        given(hosted.uiPath(9)).willReturn("/hosted-runs/9");
        given(hosted.apiPath(9)).willReturn("/api/v1/hosted-runs/9");
        given(hosted.answer(9, "https://bench.example/hosted-runs/9"))
                .willReturn(Map.of("id", 9, "url", "https://bench.example/hosted-runs/9"));
    }

    private static MockMultipartHttpServletRequestBuilder strictUpload() {
        return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/runs")
                .file(new MockMultipartFile("open_compare.json", "{}".getBytes()))
                .param("project", "aegis").with(authentication(new TestingAuthenticationToken(TOKEN, "", "ROLE_UPLOADER")))
                .with(csrf());
    }

    @Test
    void shouldAnswerANewRunWith201AndItsLocation() throws Exception {
        given(pipeline.ingest(eq(strict), any(UploadForm.class), eq(TOKEN))).willReturn(new IngestPipeline.Ingested(7, true));

        mvc.perform(strictUpload()).andExpect(status().isCreated())
                .andExpect(header().string("Location", "https://bench.example/api/v1/runs/7"))
                .andExpect(jsonPath("$.id").value(7));
    }

    @Test
    void shouldAnswerARepeatWith200AndTheSameLocation() throws Exception {
        given(pipeline.ingest(eq(strict), any(UploadForm.class), eq(TOKEN))).willReturn(new IngestPipeline.Ingested(7, false));

        mvc.perform(strictUpload()).andExpect(status().isOk())
                .andExpect(header().string("Location", "https://bench.example/api/v1/runs/7"));
    }

    @Test
    void shouldAnswerInvalidContentWith422ListingEveryProblem() throws Exception {
        given(pipeline.ingest(eq(strict), any(UploadForm.class), eq(TOKEN))).willThrow(ApiException.invalid(List.of(
                new Problem("open_compare.json", "/delta_pct", "is missing"),
                new Problem("form", "commit", "must be 7 to 40 hexadecimal characters, got \"xyz\""))));

        mvc.perform(strictUpload()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].artifact").value("open_compare.json"))
                .andExpect(jsonPath("$.errors[0].field").value("/delta_pct"))
                .andExpect(jsonPath("$.errors[1].field").value("commit"));
    }

    @Test
    void shouldAnswerAReusedKeyWithOtherContentWith409() throws Exception {
        given(pipeline.ingest(eq(strict), any(UploadForm.class), eq(TOKEN)))
                .willThrow(new ApiException(HttpStatus.CONFLICT, "conflict", "run 7 was already uploaded"));

        mvc.perform(strictUpload()).andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("conflict"));
    }

    @Test
    void shouldGiveTheHostedAnswerAnAbsoluteUrlAndLocationLikeAStrictOne() throws Exception {
        given(pipeline.ingest(eq(hosted), any(UploadForm.class), eq(TOKEN))).willReturn(new IngestPipeline.Ingested(9, true));

        mvc.perform(post("/api/v1/hosted-runs").param("project", "aegis").contentType(MediaType.APPLICATION_JSON)
                .content("{\"benchmarks\":[]}").with(authentication(new TestingAuthenticationToken(TOKEN, "", "ROLE_UPLOADER")))
                .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "https://bench.example/api/v1/hosted-runs/9"))
                .andExpect(jsonPath("$.url").value("https://bench.example/hosted-runs/9"));
    }

    @Test
    void shouldRefuseAJsonBodyOverItsBoundWith413BeforeStoringAnything() throws Exception {
        byte[] huge = new byte[UploadFormReader.MAX_JSON_BODY + 1];

        mvc.perform(post("/api/v1/hosted-runs").param("project", "aegis").contentType(MediaType.APPLICATION_JSON)
                .content(huge).with(authentication(new TestingAuthenticationToken(TOKEN, "", "ROLE_UPLOADER")))
                .with(csrf()))
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.error").value("payload_too_large"));
        verifyNoInteractions(pipeline);
    }
}
