using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Etiquette.Core.Serialization;

namespace Etiquette.Cli.Output;

/// <summary>The CLI's own JSON shapes (SARIF, JSON-lines errors), in the same camelCase as the shared ones.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SarifLog))]
[JsonSerializable(typeof(JsonLineError))]
[JsonSerializable(typeof(Etiquette.Learning.EvaluationReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>The output line for an input line that could not be linted.</summary>
internal sealed record JsonLineError(JsonLineErrorDetail Error);

internal sealed record JsonLineErrorDetail(int Line, string Field, string Message);

/// <summary>
/// The shared wire format plus the CLI's shapes. Output goes to terminals and files, never into HTML,
/// so quotes and apostrophes are written as they are rather than as \u0027.
/// </summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Compact = new(EtiquetteJson.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(EtiquetteJsonContext.Default, CliJsonContext.Default),
    };

    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    /// <summary>One value as an indented document.</summary>
    public static void Write<T>(TextWriter output, T value) =>
        output.WriteLine(JsonSerializer.Serialize(value, Indented));

    /// <summary>One value on one line, for JSON-lines output.</summary>
    public static void WriteLine<T>(TextWriter output, T value) =>
        output.WriteLine(JsonSerializer.Serialize(value, Compact));
}
