using BenchmarkDotNet.Attributes;
using Etiquette.Core.Engine;
using Etiquette.Core.Text;
using Etiquette.Rules;

namespace Etiquette.Benchmarks;

/// <summary>
/// The whole catalog over one draft, against the shared analysis alone (tokens and sentences) as the in-run baseline.
/// </summary>
[MemoryDiagnoser]
public class LinterBenchmarks
{
    private readonly Linter _linter = EtiquetteRules.CreateLinter();
    private LintRequest _request = null!;

    [Params("short", "medium", "long")]
    public string Size { get; set; } = "medium";

    [GlobalSetup]
    public void Setup()
    {
        var text = Size switch { "short" => Drafts.Short, "medium" => Drafts.Medium, _ => Drafts.Long };
        _request = new LintRequest(text, Drafts.Conversation);
        _linter.Lint(_request);
    }

    [Benchmark(Baseline = true)]
    public DraftText Analyse() => DraftText.Analyze(_request.Text);

    [Benchmark]
    public LintResult Lint() => _linter.Lint(_request);
}
