using System.Text.Json;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Lexicons;

namespace Etiquette.Core.Profiles;

/// <summary>Resolves a profile document against the default one and compiles its lexicons.</summary>
internal static class ProfileCompiler
{
    public const string JargonLexicon = "jargon";
    public const string AcronymLexicon = "acronyms";

    public static ProfileDocument Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ProfileJsonContext.Default.ProfileDocument)
                   ?? throw new ProfileException($"Profile {source} is empty.");
        }
        catch (JsonException e)
        {
            throw new ProfileException($"Profile {source} is not valid JSON: {e.Message}", e);
        }
    }

    public static string Serialize(ProfileDocument document) =>
        JsonSerializer.Serialize(document, ProfileJsonContext.Default.ProfileDocument);

    public static Profile Compile(ProfileDocument document, ProfileDocument defaults, RuleSet rules)
    {
        var name = document.Name ?? defaults.Name ?? "default";
        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var rulesOf in new[] { defaults.Rules, document.Rules })
        foreach (var (id, text) in rulesOf ?? [])
        {
            if (!rules.HasRule(id)) throw new ProfileException($"Profile '{name}': rules.{id} names no known rule.");
            if (!SeverityNames.TryParse(text, out var severity))
                throw new ProfileException($"Profile '{name}': rules.{id} is '{text}'; use error, warning, info, hidden or none.");
            severities[id.ToUpperInvariant()] = severity;
        }

        var packs = document.JargonPacks ?? defaults.JargonPacks ?? rules.PacksOf(JargonLexicon).ToList();
        foreach (var pack in packs)
            if (!rules.PacksOf(JargonLexicon).Contains(pack, StringComparer.OrdinalIgnoreCase))
                throw new ProfileException($"Profile '{name}': jargonPacks has '{pack}'; known packs are {string.Join(", ", rules.PacksOf(JargonLexicon))}.");

        var acronyms = (defaults.AllowedAcronyms ?? []).Concat(document.AllowedAcronyms ?? []).ToList();
        var lexicons = CompileLexicons(name, rules, [defaults.Lexicons, document.Lexicons], packs, acronyms);

        var voice = document.BrandVoice ?? defaults.BrandVoice ?? new BrandVoiceDocument();
        var casualnessText = voice.Casualness ?? defaults.BrandVoice?.Casualness ?? "neutral";
        if (!Enum.TryParse<Casualness>(casualnessText, ignoreCase: true, out var casualness))
            throw new ProfileException($"Profile '{name}': brandVoice.casualness is '{casualnessText}'; use formal, neutral or casual.");
        var allowEmoji = voice.AllowEmoji ?? defaults.BrandVoice?.AllowEmoji ?? false;

        var blockText = document.SendGuard?.Block ?? defaults.SendGuard?.Block ?? "error";
        var warnText = document.SendGuard?.Warn ?? defaults.SendGuard?.Warn ?? "warning";
        var blockAt = ParseGuardSeverity(name, "sendGuard.block", blockText);
        var warnAt = ParseGuardSeverity(name, "sendGuard.warn", warnText);

        var maxSentence = document.Limits?.MaxSentenceWords ?? defaults.Limits?.MaxSentenceWords ?? 35;
        var maxDraft = document.Limits?.MaxDraftWords ?? defaults.Limits?.MaxDraftWords ?? 150;
        if (maxSentence < 5) throw new ProfileException($"Profile '{name}': limits.maxSentenceWords must be at least 5.");
        if (maxDraft < maxSentence) throw new ProfileException($"Profile '{name}': limits.maxDraftWords must be at least limits.maxSentenceWords.");

        var thresholds = new ThresholdsDocument
        {
            Rude = Threshold(name, "rude", document.Thresholds?.Rude ?? defaults.Thresholds?.Rude),
            Casual = Threshold(name, "casual", document.Thresholds?.Casual ?? defaults.Thresholds?.Casual),
            Jargon = Threshold(name, "jargon", document.Thresholds?.Jargon ?? defaults.Thresholds?.Jargon),
        };

        var resolved = new ProfileDocument
        {
            Name = name,
            Description = document.Description ?? defaults.Description,
            BrandVoice = new BrandVoiceDocument { Casualness = casualness.ToString().ToLowerInvariant(), AllowEmoji = allowEmoji },
            Rules = severities.ToDictionary(p => p.Key, p => p.Value?.ToName() ?? SeverityNames.Off),
            JargonPacks = packs.ToList(),
            AllowedAcronyms = acronyms,
            Lexicons = MergeOverrides(defaults.Lexicons, document.Lexicons),
            SendGuard = new SendGuardDocument { Block = blockText, Warn = warnText },
            Limits = new LimitsDocument { MaxSentenceWords = maxSentence, MaxDraftWords = maxDraft },
            Thresholds = thresholds,
        };

        return new Profile(
            name,
            resolved.Description ?? string.Empty,
            casualness,
            allowEmoji,
            severities,
            packs,
            new HashSet<string>(acronyms, StringComparer.OrdinalIgnoreCase),
            lexicons,
            blockAt,
            warnAt,
            maxSentence,
            maxDraft,
            thresholds.Rude!.Value,
            thresholds.Casual!.Value,
            thresholds.Jargon!.Value,
            resolved);
    }

    private const double DefaultThreshold = 0.6;

    private static double Threshold(string profile, string head, double? value) =>
        value switch
        {
            null => DefaultThreshold,
            > 0 and <= 1 => value.Value,
            _ => throw new ProfileException($"Profile '{profile}': thresholds.{head} is {value}; use a probability above 0 and at most 1."),
        };

    private static DiagnosticSeverity? ParseGuardSeverity(string profile, string field, string text) =>
        SeverityNames.TryParse(text, out var severity)
            ? severity
            : throw new ProfileException($"Profile '{profile}': {field} is '{text}'; use error, warning, info or none.");

    private static Dictionary<string, Lexicon> CompileLexicons(
        string profile,
        RuleSet rules,
        Dictionary<string, LexiconOverride>?[] overrides,
        IReadOnlyCollection<string> jargonPacks,
        IReadOnlyCollection<string> allowedAcronyms)
    {
        foreach (var name in overrides.SelectMany(o => o?.Keys ?? Enumerable.Empty<string>()))
            if (!rules.Lexicons.ContainsKey(name))
                throw new ProfileException($"Profile '{profile}': lexicons.{name} names no lexicon; known ones are {string.Join(", ", rules.Lexicons.Keys.Order())}.");

        var result = new Dictionary<string, Lexicon>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, builtIn) in rules.Lexicons)
        {
            var entries = builtIn.ToList();
            if (name == JargonLexicon)
                entries.RemoveAll(e => e.Pack is not null && !jargonPacks.Contains(e.Pack, StringComparer.OrdinalIgnoreCase));
            if (name == AcronymLexicon)
                entries.AddRange(allowedAcronyms.Select(a => new LexiconEntry(a, null, null)));
            foreach (var change in overrides)
            {
                if (change is null || !change.TryGetValue(name, out var lexiconOverride)) continue;
                var added = (lexiconOverride.Add ?? []).Select(line => ParseLine(profile, name, line)).ToList();
                // An added pattern the lexicon already has replaces it: the profile's replacement wins.
                var removed = new HashSet<string>((lexiconOverride.Remove ?? []).Concat(added.Select(e => e.Pattern)), LexiconComparer.Instance);
                entries.RemoveAll(e => removed.Contains(e.Pattern));
                entries.AddRange(added);
            }

            result[name] = new Lexicon(entries);
        }

        return result;
    }

    private static LexiconEntry ParseLine(string profile, string lexicon, string line)
    {
        try
        {
            return LexiconEntry.Parse(line, "profile");
        }
        catch (FormatException e)
        {
            throw new ProfileException($"Profile '{profile}': lexicons.{lexicon}.add: {e.Message}", e);
        }
    }

    private static Dictionary<string, LexiconOverride>? MergeOverrides(
        Dictionary<string, LexiconOverride>? defaults, Dictionary<string, LexiconOverride>? document)
    {
        if (defaults is null || document is null) return document ?? defaults;
        var merged = new Dictionary<string, LexiconOverride>(defaults);
        foreach (var (name, change) in document)
            merged[name] = merged.TryGetValue(name, out var existing)
                ? new LexiconOverride
                {
                    Add = [.. existing.Add ?? [], .. change.Add ?? []],
                    Remove = [.. existing.Remove ?? [], .. change.Remove ?? []],
                }
                : change;
        return merged;
    }
}
