using System.Text.Json.Serialization;
using Etiquette.Core.Classification;

namespace Etiquette.Learning;

/// <summary>Labelled rows as compact camelCase JSON, labels a row lacks left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(LabelledRow))]
internal sealed partial class LabelledRowJsonContext : JsonSerializerContext;

/// <summary>Model manifests: indented camelCase JSON; a missing or null required field fails to read.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ModelManifest))]
[JsonSerializable(typeof(ClassifierHead))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
