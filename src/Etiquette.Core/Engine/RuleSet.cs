using Etiquette.Core.Diagnostics;
using Etiquette.Core.Lexicons;

namespace Etiquette.Core.Engine;

/// <summary>The analyzers a linter runs and the built-in lexicons they read.</summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, DiagnosticDescriptor> _descriptors;

    public RuleSet(IEnumerable<Analyzer> analyzers, IReadOnlyDictionary<string, IReadOnlyList<LexiconEntry>> lexicons)
    {
        Analyzers = analyzers.ToArray();
        Lexicons = lexicons;
        _descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in Analyzers.SelectMany(a => a.SupportedDiagnostics))
            if (!_descriptors.TryAdd(descriptor.Id, descriptor))
                throw new InvalidOperationException($"Two analyzers declare {descriptor.Id}.");
        Descriptors = _descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<Analyzer> Analyzers { get; }
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<LexiconEntry>> Lexicons { get; }

    public bool HasRule(string id) => _descriptors.ContainsKey(id);

    public bool TryGetDescriptor(string id, out DiagnosticDescriptor descriptor) => _descriptors.TryGetValue(id, out descriptor!);

    public IEnumerable<string> PacksOf(string lexicon) =>
        Lexicons.TryGetValue(lexicon, out var entries)
            ? entries.Select(e => e.Pack).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            : [];
}
