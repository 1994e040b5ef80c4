using System.Text.Json.Serialization;

namespace Etiquette.Core.Profiles;

/// <summary>
/// A profile as written in JSON. Every field is optional: what a profile leaves out it takes from the
/// built-in <c>default</c> profile.
/// </summary>
public sealed class ProfileDocument
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public BrandVoiceDocument? BrandVoice { get; set; }

    /// <summary>Rule id → <c>error</c>, <c>warning</c>, <c>info</c>, <c>hidden</c> or <c>none</c>.</summary>
    public Dictionary<string, string>? Rules { get; set; }

    /// <summary>Jargon domain packs to check (it, telecom, payments, …); null keeps the default's.</summary>
    public List<string>? JargonPacks { get; set; }

    /// <summary>Acronyms the brand's customers know, never reported as shouting or unexplained.</summary>
    public List<string>? AllowedAcronyms { get; set; }

    /// <summary>Lexicon name → lines to add and patterns to remove.</summary>
    public Dictionary<string, LexiconOverride>? Lexicons { get; set; }

    public SendGuardDocument? SendGuard { get; set; }
    public LimitsDocument? Limits { get; set; }

    /// <summary>How sure the classifier must be before ETQ101, ETQ201 and ETQ301 report a sentence.</summary>
    public ThresholdsDocument? Thresholds { get; set; }
}

public sealed class ThresholdsDocument
{
    /// <summary>ETQ101: the lowest probability of <c>tone = rude</c> that is reported.</summary>
    public double? Rude { get; set; }

    /// <summary>ETQ201: the lowest probability of <c>casualness = casual</c> that is reported (never for a casual brand voice).</summary>
    public double? Casual { get; set; }

    /// <summary>ETQ301: the lowest probability of <c>jargon = jargon</c> that is reported.</summary>
    public double? Jargon { get; set; }
}

public sealed class BrandVoiceDocument
{
    /// <summary>The target register: <c>formal</c>, <c>neutral</c> or <c>casual</c>.</summary>
    public string? Casualness { get; set; }

    /// <summary>Whether the brand's voice allows emoji and emoticons.</summary>
    public bool? AllowEmoji { get; set; }
}

public sealed class LexiconOverride
{
    /// <summary>Lexicon lines (<c>pattern =&gt; replacement</c>).</summary>
    public List<string>? Add { get; set; }

    /// <summary>Patterns to drop from the built-in lexicon, written as they stand there.</summary>
    public List<string>? Remove { get; set; }
}

public sealed class SendGuardDocument
{
    /// <summary>The lowest severity that holds a message back (<c>none</c>: never).</summary>
    public string? Block { get; set; }

    /// <summary>The lowest severity that asks the agent to look again (<c>none</c>: never).</summary>
    public string? Warn { get; set; }
}

public sealed class LimitsDocument
{
    public int? MaxSentenceWords { get; set; }
    public int? MaxDraftWords { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProfileDocument))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
