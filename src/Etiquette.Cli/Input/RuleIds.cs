using Etiquette.Core.Engine;

namespace Etiquette.Cli.Input;

internal static class RuleIds
{
    /// <summary>Rule ids given as separate words or comma-separated, checked against the catalog and upper-cased.</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string>? values, RuleSet rules, string option)
    {
        var ids = new List<string>();
        var unknown = new List<string>();
        foreach (var id in Split(values))
        {
            if (rules.HasRule(id)) ids.Add(id.ToUpperInvariant());
            else unknown.Add(id);
        }

        if (unknown.Count > 0)
            throw new UsageException($"{option}: no rule {string.Join(", ", unknown)}; 'etiquette rules' lists the catalog.");
        return ids;
    }

    /// <summary>Rule ids given as separate words or comma-separated, as written: a server checks them against its own catalog.</summary>
    public static IEnumerable<string> Split(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
