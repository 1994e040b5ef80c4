using Etiquette.Core.Classification;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;

namespace Etiquette.Api.Feedback;

/// <summary>
/// Masks personal data before a draft is stored: applies the fixes of every data-protection diagnostic (card numbers,
/// bank details, identifiers, secrets). It uses a profile of its own that turns every data-protection rule on, so no
/// team's profile can switch masking off.
/// </summary>
public sealed class DataProtectionMasker
{
    /// <summary>Overlapping findings are mended one at a time; a few passes mask any draft the rules can mask.</summary>
    private const int MaxPasses = 4;

    private static readonly ClassifierStep RulesOnly = static _ => new ClassifierOutcome(null, ModelStatus.RulesOnly);

    private readonly Linter _linter;
    private readonly Profile _profile;

    public DataProtectionMasker(Linter linter)
    {
        _linter = linter;
        var rules = linter.Rules.Descriptors
            .Where(d => d.Category == Categories.DataProtection)
            .Select(d => $"\"{d.Id}\": \"error\"");
        _profile = linter.Profiles.Compile($$"""{ "rules": { {{string.Join(", ", rules)}} } }""", "data-protection masking");
    }

    public string Mask(string text)
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var findings = _linter.Lint(new LintRequest(text), _profile, RulesOnly).Diagnostics
                .Where(d => d.Descriptor.Category == Categories.DataProtection && d.Fixes.Count > 0)
                .ToList();
            if (findings.Count == 0) break;
            text = FixApplier.Apply(text, findings).Text;
        }

        return text;
    }
}
