using Etiquette.Core.Classification;
using Etiquette.Core.Engine;
using Etiquette.Core.Lexicons;
using Etiquette.Core.Profiles;
using Etiquette.Rules.Analyzers;

namespace Etiquette.Rules;

/// <summary>The built-in rule catalog: every analyzer and the lexicons embedded beside them.</summary>
public static class EtiquetteRules
{
    private static readonly Lazy<RuleSet> Shared = new(() => new RuleSet(CreateAnalyzers(), LoadLexicons()));

    public static RuleSet RuleSet => Shared.Value;

    /// <summary>A linter over the whole catalog, with the built-in profiles and any in <paramref name="profileDirectory"/>.</summary>
    public static Linter CreateLinter(string? profileDirectory = null, IDraftClassifier? classifier = null) =>
        new(RuleSet, new ProfileCatalog(RuleSet, profileDirectory), classifier);

    /// <summary>In catalog order: tone, register, clarity, data protection, conversation protocol.</summary>
    private static IEnumerable<Analyzer> CreateAnalyzers() =>
    [
        new ClassifierAnalyzers.RudeTone(),
        new ToneAnalyzers.NoEmpathyAfterComplaint(),
        new ToneAnalyzers.BlameLanguage(),
        new ToneAnalyzers.Condescension(),
        new ToneAnalyzers.NegativePhrasing(),
        new ToneAnalyzers.Profanity(),
        new ClassifierAnalyzers.OverlyCasual(),
        new RegisterAnalyzers.Textspeak(),
        new RegisterAnalyzers.EmojiAndEmoticons(),
        new RegisterAnalyzers.Shouting(),
        new RegisterAnalyzers.ExcessivePunctuation(),
        new RegisterAnalyzers.StiffFormality(),
        new RegisterAnalyzers.CurtReply(),
        new ClassifierAnalyzers.JargonHeavy(),
        new ClarityAnalyzers.JargonTerms(),
        new ClarityAnalyzers.UnexplainedAcronyms(),
        new ClarityAnalyzers.LongText(),
        new DataProtectionAnalyzers.SensitiveData(),
        new DataProtectionAnalyzers.CredentialRequest(),
        new ProtocolAnalyzers.FirstReplyWithoutGreeting(),
        new ProtocolAnalyzers.ClosingWithoutSatisfactionCheck(),
        new ProtocolAnalyzers.VaguePromise(),
        new ProtocolAnalyzers.NameNeverUsed(),
        new ProtocolAnalyzers.RepeatedReply(),
    ];

    private static IReadOnlyDictionary<string, IReadOnlyList<LexiconEntry>> LoadLexicons()
    {
        var assembly = typeof(EtiquetteRules).Assembly;
        const string prefix = "Etiquette.Rules.Lexicons.";
        var lexicons = new Dictionary<string, IReadOnlyList<LexiconEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            lexicons[resource[prefix.Length..^".txt".Length]] = LexiconFile.Parse(reader.ReadToEnd());
        }

        return lexicons;
    }
}
