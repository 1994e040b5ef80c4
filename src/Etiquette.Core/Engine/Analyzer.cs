using Etiquette.Core.Diagnostics;

namespace Etiquette.Core.Engine;

/// <summary>How a family of rules is found. It declares what it can report and reports through the context.</summary>
public abstract class Analyzer
{
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Analyze(AnalysisContext context);
}
