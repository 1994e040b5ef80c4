using System.Text.Json.Serialization;
using Etiquette.Api.Endpoints;

namespace Etiquette.Api.Hosting;

/// <summary>The API's own response shapes (health), in the same camelCase as the shared wire format.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LiveResponse))]
[JsonSerializable(typeof(ReadyResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
