using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Etiquette.Api.Errors;
using Etiquette.Api.Options;
using Etiquette.Core.Serialization;
using Microsoft.Extensions.Options;

namespace Etiquette.Api.Requests;

/// <summary>
/// Reads a JSON request body itself rather than through model binding, so that every way a body can be wrong gets its
/// own status and a message naming the field: 415 for another media type, 413 past the size limit, 400 for invalid
/// UTF-8, malformed or too deeply nested JSON, a value of the wrong type, or no object at all.
/// </summary>
public sealed class JsonBody(IOptions<EtiquetteOptions> options)
{
    public const string WholeBody = "$";

    /// <summary>Request bodies are shallow objects; anything nested deeper than this is not one of ours.</summary>
    public const int MaxDepth = 16;

    private static readonly JsonSerializerOptions ReadOptions = new(EtiquetteJson.Options) { MaxDepth = MaxDepth };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly int _maxBytes = options.Value.Limits.MaxBodyBytes;

    public async ValueTask<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellation) where T : class
    {
        if (!request.HasJsonContentType())
            throw ApiProblemException.UnsupportedMediaType("Send the body as application/json.");
        if (request.ContentLength > _maxBytes) throw TooLarge();

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellation);
            var body = read.Buffer;
            if (body.Length > _maxBytes)
            {
                reader.AdvanceTo(body.End);
                throw TooLarge();
            }

            if (read.IsCompleted)
            {
                try
                {
                    return Deserialize(body, (JsonTypeInfo<T>)ReadOptions.GetTypeInfo(typeof(T)));
                }
                finally
                {
                    reader.AdvanceTo(body.End);
                }
            }

            reader.AdvanceTo(body.Start, body.End);
        }
    }

    private static T Deserialize<T>(ReadOnlySequence<byte> body, JsonTypeInfo<T> type) where T : class
    {
        if (body.IsSingleSegment) return Deserialize(body.FirstSpan, type);
        var copy = ArrayPool<byte>.Shared.Rent((int)body.Length);
        try
        {
            body.CopyTo(copy);
            return Deserialize(copy.AsSpan(0, (int)body.Length), type);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> type) where T : class
    {
        if (!Utf8.IsValid(utf8)) throw ApiProblemException.BadRequest(WholeBody, "The body is not valid UTF-8.");
        // Some clients (PowerShell, Windows tools) start UTF-8 with a byte-order mark, which the JSON reader refuses.
        if (utf8.StartsWith(Utf8Bom)) utf8 = utf8[Utf8Bom.Length..];
        try
        {
            return JsonSerializer.Deserialize(utf8, type)
                   ?? throw ApiProblemException.BadRequest(WholeBody, "The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            var where = $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}";
            throw ApiProblemException.BadRequest(field, field == WholeBody
                ? $"The body is not a valid JSON object ({where}; at most {MaxDepth} levels of nesting)."
                : $"'{field}' has a value of the wrong type, or the JSON is malformed there ({where}).");
        }
    }

    /// <summary>"$.conversation.messages[0].text" → "conversation.messages[0].text", as the request spells it.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == WholeBody ? WholeBody : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private ApiProblemException TooLarge() =>
        ApiProblemException.TooLarge(null, $"The body is larger than {_maxBytes} bytes.");
}
