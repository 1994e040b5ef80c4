using System.Buffers;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;

namespace Etiquette.Api.Hosting;

/// <summary>
/// Writes answers in the wire format through the source-generated serializer's fast path. The framework's JSON results
/// serialise with the service's <c>JsonOptions</c>, whose encoder (the same characters as the CLI writes) turns that
/// fast path off, as any options with an encoder do; here the encoder sits on the writer instead, so the bytes are the
/// same and cost less to produce. The body is buffered first, so the answer carries its Content-Length.
/// </summary>
public static class WireJson
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>A thread keeps its buffer for the next answer unless an unusually large one (a big batch) grew it past this.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The serializer writes well-formed JSON by construction; the framework's own writers skip the check too.
        SkipValidation = true,
    };

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>200 with <paramref name="value"/>; <paramref name="type"/> must come from a source-generated context.</summary>
    public static WireJsonResult<T> Ok<T>(T value, JsonTypeInfo<T> type) => new(value, type);

    internal static Task WriteAsync<T>(HttpContext http, T value, JsonTypeInfo<T> type)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        try
        {
            JsonSerializer.Serialize(writer, value, type);
            response.ContentLength = buffer.WrittenCount;
            // Copied into the response's pipe before anything awaits, so the thread's buffer is free again on return.
            response.BodyWriter.Write(buffer.WrittenSpan);
        }
        finally
        {
            writer.Reset();
            if (buffer.Capacity > KeptBufferBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
            else buffer.ResetWrittenCount();
        }

        return response.BodyWriter.FlushAsync(http.RequestAborted).AsTask();
    }
}

/// <summary>What <see cref="WireJson.Ok{T}"/> returns: described in the OpenAPI document as <c>Ok&lt;T&gt;</c> is.</summary>
public sealed class WireJsonResult<T>(T value, JsonTypeInfo<T> type) : IResult, IStatusCodeHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    public T Value => value;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => WireJson.WriteAsync(httpContext, value, type);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
