using Etiquette.Core.Diagnostics;
using Etiquette.Core.Lexicons;

namespace Etiquette.Core.Profiles;

public enum Casualness
{
    Formal,
    Neutral,
    Casual,
}

public enum SendGuardDecision
{
    Ok,
    Warn,
    Block,
}

public static class SendGuardNames
{
    /// <summary>The decision's name in answers (<c>summary.sendGuard</c>): ok, warn or block.</summary>
    public static string ToName(this SendGuardDecision decision) => decision switch
    {
        SendGuardDecision.Ok => "ok",
        SendGuardDecision.Warn => "warn",
        SendGuardDecision.Block => "block",
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };
}

/// <summary>A brand's or team's settings, resolved against the default and compiled for linting.</summary>
public sealed class Profile
{
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity?> _severities;
    private readonly IReadOnlyDictionary<string, Lexicon> _lexicons;

    internal Profile(
        string name,
        string description,
        Casualness casualness,
        bool allowEmoji,
        IReadOnlyDictionary<string, DiagnosticSeverity?> severities,
        IReadOnlyList<string> jargonPacks,
        IReadOnlySet<string> allowedAcronyms,
        IReadOnlyDictionary<string, Lexicon> lexicons,
        DiagnosticSeverity? blockAt,
        DiagnosticSeverity? warnAt,
        int maxSentenceWords,
        int maxDraftWords,
        double rudeThreshold,
        double casualThreshold,
        double jargonThreshold,
        ProfileDocument document)
    {
        Name = name;
        Description = description;
        Casualness = casualness;
        AllowEmoji = allowEmoji;
        _severities = severities;
        JargonPacks = jargonPacks;
        AllowedAcronyms = allowedAcronyms;
        _lexicons = lexicons;
        BlockAt = blockAt;
        WarnAt = warnAt;
        MaxSentenceWords = maxSentenceWords;
        MaxDraftWords = maxDraftWords;
        RudeThreshold = rudeThreshold;
        CasualThreshold = casualThreshold;
        JargonThreshold = jargonThreshold;
        Document = document;
    }

    public string Name { get; }
    public string Description { get; }
    public Casualness Casualness { get; }
    public bool AllowEmoji { get; }
    public IReadOnlyList<string> JargonPacks { get; }
    public IReadOnlySet<string> AllowedAcronyms { get; }
    public DiagnosticSeverity? BlockAt { get; }
    public DiagnosticSeverity? WarnAt { get; }
    public int MaxSentenceWords { get; }
    public int MaxDraftWords { get; }
    public double RudeThreshold { get; }
    public double CasualThreshold { get; }
    public double JargonThreshold { get; }

    /// <summary>The resolved settings, as JSON would show them.</summary>
    public ProfileDocument Document { get; }

    /// <summary>The severity this profile gives a rule; <c>null</c> when the rule is off.</summary>
    public DiagnosticSeverity? SeverityOf(DiagnosticDescriptor descriptor) =>
        _severities.TryGetValue(descriptor.Id, out var configured)
            ? configured
            : descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : null;

    /// <summary>A lexicon with this profile's additions and removals applied.</summary>
    public Lexicon Lexicon(string name) => _lexicons.TryGetValue(name, out var lexicon) ? lexicon : Lexicons.Lexicon.Empty;

    public SendGuardDecision Guard(IEnumerable<Diagnostic> diagnostics)
    {
        var decision = SendGuardDecision.Ok;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Hidden) continue;
            if (diagnostic.Severity >= BlockAt) return SendGuardDecision.Block;
            if (diagnostic.Severity >= WarnAt) decision = SendGuardDecision.Warn;
        }

        return decision;
    }
}
