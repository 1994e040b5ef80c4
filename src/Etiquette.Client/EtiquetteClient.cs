using System.Net.Http.Json;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Etiquette.Core.Access;
using Etiquette.Core.Serialization;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Etiquette.Client;

/// <summary>
/// A typed client of the Etiquette HTTP API. Every call has a time limit and goes through one circuit breaker;
/// idempotent calls (lint, batch, fix, rules: they change nothing on the server) are retried with jittered back-off,
/// feedback is sent once, so it is never recorded twice.
/// </summary>
public sealed class EtiquetteClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly EtiquetteClientOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _once;
    private readonly ResiliencePipeline<HttpResponseMessage> _retrying;

    public EtiquetteClient(EtiquetteClientOptions options) : this(new HttpClient(), options, ownsHttp: true)
    {
    }

    /// <param name="http">Used as it is; its own timeout should be longer than <see cref="EtiquetteClientOptions.Timeout"/>.</param>
    public EtiquetteClient(HttpClient http, EtiquetteClientOptions options) : this(http, options, ownsHttp: false)
    {
    }

    private EtiquetteClient(HttpClient http, EtiquetteClientOptions options, bool ownsHttp)
    {
        _http = http;
        _ownsHttp = ownsHttp;
        _options = options;
        _once = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
            })
            .AddTimeout(options.Timeout)
            .Build();
        _retrying = options.MaxRetries == 0
            ? _once
            : new ResiliencePipelineBuilder<HttpResponseMessage>()
                .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome)),
                })
                .AddPipeline(_once)
                .Build();
    }

    public Task<LintResponse> LintAsync(LintRequestBody request, CancellationToken cancellation = default) =>
        SendAsync(_retrying, HttpMethod.Post, "v1/lint", request, EtiquetteJsonContext.Default.LintRequestBody, EtiquetteJsonContext.Default.LintResponse, cancellation);

    public Task<BatchResponse> LintBatchAsync(IEnumerable<LintRequestBody> drafts, CancellationToken cancellation = default) =>
        SendAsync(_retrying, HttpMethod.Post, "v1/lint/batch", new BatchRequestBody { Drafts = [.. drafts] },
            EtiquetteJsonContext.Default.BatchRequestBody, EtiquetteJsonContext.Default.BatchResponse, cancellation);

    public Task<FixResponse> FixAsync(FixRequestBody request, CancellationToken cancellation = default) =>
        SendAsync(_retrying, HttpMethod.Post, "v1/fix", request, EtiquetteJsonContext.Default.FixRequestBody, EtiquetteJsonContext.Default.FixResponse, cancellation);

    public Task<IReadOnlyList<RuleModel>> GetRulesAsync(CancellationToken cancellation = default) =>
        SendAsync<object, IReadOnlyList<RuleModel>>(_retrying, HttpMethod.Get, "v1/rules", null, null, EtiquetteJsonContext.Default.IReadOnlyListRuleModel, cancellation);

    /// <summary>Sent once: a retry after a lost answer could record the same feedback twice.</summary>
    public Task<FeedbackReceipt> SendFeedbackAsync(FeedbackRequestBody feedback, CancellationToken cancellation = default) =>
        SendAsync(_once, HttpMethod.Post, "v1/feedback", feedback, EtiquetteJsonContext.Default.FeedbackRequestBody, EtiquetteJsonContext.Default.FeedbackReceipt, cancellation);

    private async Task<TResponse> SendAsync<TRequest, TResponse>(
        ResiliencePipeline<HttpResponseMessage> pipeline,
        HttpMethod method,
        string path,
        TRequest? body,
        JsonTypeInfo<TRequest>? requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellation)
    {
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, requestType!);
        var uri = new Uri(_options.BaseAddress, path);
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(
                async token => await _http.SendAsync(Request(method, uri, payload), HttpCompletionOption.ResponseContentRead, token), cancellation);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            throw new EtiquetteUnavailableException($"The Etiquette service at {_options.BaseAddress} did not answer: {e.Message}", e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode) throw new EtiquetteApiException((int)response.StatusCode, await ProblemOf(response, cancellation));
            await using var stream = await response.Content.ReadAsStreamAsync(cancellation);
            return await JsonSerializer.DeserializeAsync(stream, responseType, cancellation)
                   ?? throw new EtiquetteApiException((int)response.StatusCode, null);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, Uri uri, byte[]? payload)
    {
        var request = new HttpRequestMessage(method, uri);
        if (_options.ApiKey is { } key) request.Headers.Add(ApiKeys.Header, key);
        if (payload is not null) request.Content = new ByteArrayContent(payload) { Headers = { ContentType = Json } };
        return request;
    }

    private static async Task<ApiProblem?> ProblemOf(HttpResponseMessage response, CancellationToken cancellation)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(ClientJsonContext.Default.ApiProblem, cancellation);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Worth another try: no answer, a timeout, too many requests, or a server error other than "not implemented".</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout }
        || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError and not HttpStatusCode.NotImplemented };

    /// <summary>The server's <c>Retry-After</c>, when it sent one; otherwise the configured back-off.</summary>
    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.Headers.RetryAfter is { } retryAfter
            ? retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }
}
