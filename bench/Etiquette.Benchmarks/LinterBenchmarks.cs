using BenchmarkDotNet.Attributes;
using Etiquette.Core.Classification;
using Etiquette.Core.Engine;
using Etiquette.Learning;
using Etiquette.Core.Text;
using Etiquette.Rules;

namespace Etiquette.Benchmarks;

/// <summary>
/// The whole catalog over one draft — rules alone, and with the shipped classifier model — against the shared analysis
/// alone (tokens and sentences) as the in-run baseline.
/// </summary>
[MemoryDiagnoser]
public class LinterBenchmarks
{
    private readonly Linter _linter = EtiquetteRules.CreateLinter();
    private readonly Linter _linterWithModel = EtiquetteRules.CreateLinter(classifier: new SentenceClassifier(ModelArchive.Load(ShippedModel.Path)));
    private LintRequest _request = null!;

    [Params("short", "medium", "long")]
    public string Size { get; set; } = "medium";

    [GlobalSetup]
    public void Setup()
    {
        var text = Size switch { "short" => Drafts.Short, "medium" => Drafts.Medium, _ => Drafts.Long };
        _request = new LintRequest(text, Drafts.Conversation);
        _linter.Lint(_request);
        _linterWithModel.Lint(_request);
    }

    [Benchmark(Baseline = true)]
    public DraftText Analyse() => DraftText.Analyze(_request.Text);

    [Benchmark]
    public LintResult Lint() => _linter.Lint(_request);

    /// <summary>The rules plus the classifier rules, as the service runs with the shipped model.</summary>
    [Benchmark]
    public LintResult LintWithModel() => _linterWithModel.Lint(_request);
}
