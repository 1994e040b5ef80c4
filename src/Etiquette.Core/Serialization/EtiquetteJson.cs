using System.Text.Json;
using System.Text.Json.Serialization;
using Etiquette.Core.Profiles;

namespace Etiquette.Core.Serialization;

/// <summary>camelCase JSON, nulls left out: the wire format of the CLI and the API.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(LintResponse))]
[JsonSerializable(typeof(LintRequestBody))]
[JsonSerializable(typeof(FixResponse))]
[JsonSerializable(typeof(IReadOnlyList<RuleModel>))]
[JsonSerializable(typeof(FixRequestBody))]
[JsonSerializable(typeof(BatchRequestBody))]
[JsonSerializable(typeof(BatchResponse))]
[JsonSerializable(typeof(FeedbackRequestBody))]
[JsonSerializable(typeof(FeedbackReceipt))]
[JsonSerializable(typeof(FeedbackPage))]
[JsonSerializable(typeof(IReadOnlyList<ProfileSummary>))]
[JsonSerializable(typeof(ProfileDocument))]
public sealed partial class EtiquetteJsonContext : JsonSerializerContext;

public static class EtiquetteJson
{
    public static readonly JsonSerializerOptions Options = new(EtiquetteJsonContext.Default.Options);

    public static readonly JsonSerializerOptions Indented = new(EtiquetteJsonContext.Default.Options) { WriteIndented = true };
}
