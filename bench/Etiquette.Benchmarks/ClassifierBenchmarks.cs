using BenchmarkDotNet.Attributes;
using Etiquette.Core.Text;
using Etiquette.Learning;

namespace Etiquette.Benchmarks;

/// <summary>
/// The classifier over a ~300-character draft, sentence by sentence as the analyzers ask for it, against featurising
/// the same sentences alone as the in-run baseline. The model (2^18 buckets, all three heads) is trained in setup on
/// synthetic rows until a shipped model exists; prediction cost does not depend on what the weights are.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private readonly float[] _scores = new float[8];
    private readonly SparseVector _features = new();
    private TrainedModel _model = null!;
    private TextFeaturizer _featurizer = null!;
    private (int Start, int Length)[] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = SyntheticModel.Train();
        _featurizer = new TextFeaturizer(_model.Options.Featurizer);
        _sentences = [.. DraftText.Analyze(Drafts.Medium).Sentences.Select(s => (s.Start, s.Length))];
    }

    [Benchmark(Baseline = true)]
    public int FeaturizePerSentence()
    {
        var features = 0;
        foreach (var (start, length) in _sentences)
        {
            _featurizer.Featurize(Drafts.Medium.AsSpan(start, length), _features);
            features += _features.Count;
        }

        return features;
    }

    [Benchmark]
    public float PredictPerSentence()
    {
        var polite = 0f;
        foreach (var (start, length) in _sentences)
        {
            _model.Predict(Drafts.Medium.AsSpan(start, length), _scores);
            polite += _scores[0];
        }

        return polite;
    }

    [Benchmark]
    public float PredictWholeDraft()
    {
        _model.Predict(Drafts.Medium, _scores);
        return _scores[0];
    }
}

/// <summary>Loading a saved 2^18-bucket model: unzip, verify the SHA-256, lay out the weights (target ≤ 500 ms).</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"etiquette-bench-{Guid.NewGuid():N}.etqmodel");
        SyntheticModel.Train().Save(_path);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public TrainedModel Load() => ModelArchive.Load(_path);
}

/// <summary>A model trained on rows stitched from agent-reply fragments with a fixed seed.</summary>
public static class SyntheticModel
{
    private static readonly (string Text, string Tone, string Casualness)[] Openers =
    [
        ("Thanks so much for your patience,", "polite", "neutral"),
        ("Kindly be advised that", "neutral", "formal"),
        ("hey, no worries,", "polite", "casual"),
        ("As I already told you,", "rude", "neutral"),
        ("We regret to inform you that", "neutral", "formal"),
        ("lol ok so", "neutral", "casual"),
        ("Read the manual before asking:", "rude", "neutral"),
        ("I'm really sorry about this,", "polite", "neutral"),
    ];

    private static readonly (string Text, string Jargon)[] Bodies =
    [
        ("your refund was issued today and should reach your card soon.", "plain"),
        ("the SKU hit an SLA breach so we escalated the ticket to tier 2.", "jargon"),
        ("please restart the router and try again.", "plain"),
        ("flush the DNS cache and renew the DHCP lease.", "jargon"),
        ("the parcel left our warehouse this morning.", "plain"),
        ("your MFA token expired, re-provision it via SSO.", "jargon"),
    ];

    private static readonly string[] Closers = ["", " Have a great day!", " Let me know if anything else comes up.", " Cheers 😊", " Regards."];

    public static TrainedModel Train()
    {
        var random = new Random(20260312);
        var rows = new List<LabelledRow>();
        for (var i = 0; i < 4000; i++)
        {
            var opener = Openers[random.Next(Openers.Length)];
            var body = Bodies[random.Next(Bodies.Length)];
            var text = $"{opener.Text} {body.Text}{Closers[random.Next(Closers.Length)]}";
            rows.Add(new LabelledRow(text, opener.Tone, opener.Casualness, body.Jargon));
        }

        return Trainer.Train(rows, new TrainerOptions { MaxIterations = 60 });
    }
}
