using Etiquette.Core.Classification;
using Etiquette.Learning;

namespace Etiquette.Tests.Learning;

[TestClass]
public sealed class TrainerTests
{
    private static readonly Lazy<TrainedModel> Model = new(() => Trainer.Train(ToyCorpus.Training(), ToyCorpus.FastOptions));

    public static TrainedModel ToyModel => Model.Value;

    private static string Predicted(ITextClassifier classifier, string text, ClassifierHead head)
    {
        var scores = new float[classifier.ScoreCount];
        classifier.Predict(text, scores);
        var offset = 0;
        foreach (var h in classifier.Heads)
        {
            if (h.Name == head.Name) break;
            offset += h.Labels.Count;
        }

        var best = 0;
        for (var k = 1; k < head.Labels.Count; k++)
            if (scores[offset + k] > scores[offset + best]) best = k;
        return head.Labels[best];
    }

    [TestMethod]
    public void Learns_a_separable_set_perfectly()
    {
        var rows = ToyCorpus.Training();
        var model = Trainer.Train(rows, ToyCorpus.FastOptions with { L2Regularization = 1e-6, GradientTolerance = 1e-6 });

        foreach (var metrics in Evaluator.Evaluate(model, rows))
        {
            Assert.AreEqual(1.0, metrics.Accuracy, metrics.Head);
            Assert.IsTrue(metrics.LogLoss < 0.1, $"{metrics.Head}: log-loss {metrics.LogLoss}");
        }
    }

    [TestMethod]
    public void Generalises_to_held_out_subjects()
    {
        foreach (var metrics in Evaluator.Evaluate(ToyModel, ToyCorpus.HeldOut()))
            Assert.IsTrue(metrics.MacroF1 >= 0.9, $"{metrics.Head}: macro-F1 {metrics.MacroF1}");

        Assert.AreEqual("polite", Predicted(ToyModel, "thank you so much for your patience about the bill", EtiquetteHeads.Tone));
        Assert.AreEqual("rude", Predicted(ToyModel, "we already told you this twice about the bill", EtiquetteHeads.Tone));
        Assert.AreEqual("jargon", Predicted(ToyModel, "flush the dns cache please", EtiquetteHeads.Jargon));
    }

    [TestMethod]
    public void Writes_probabilities_head_after_head()
    {
        var model = ToyModel;
        CollectionAssert.AreEqual(new[] { "tone", "casualness", "jargon" }, model.Heads.Select(h => h.Name).ToArray());
        Assert.AreEqual(8, model.ScoreCount);

        var scores = new float[model.ScoreCount + 2];
        scores[^1] = 42;
        model.Predict("hey gonna sort this out lol", scores);
        Assert.AreEqual(1, scores[..3].Sum(), 1e-5);
        Assert.AreEqual(1, scores[3..6].Sum(), 1e-5);
        Assert.AreEqual(1, scores[6..8].Sum(), 1e-5);
        Assert.AreEqual(42, scores[^1], "nothing written past ScoreCount");
        Assert.IsTrue(scores[5] > 0.5, $"casual {scores[5]}");

        Assert.ThrowsExactly<ArgumentException>(() => model.Predict("hi", new float[model.ScoreCount - 1]));
    }

    [TestMethod]
    public void Rows_without_a_head_label_are_skipped_and_unlabelled_heads_left_out()
    {
        var model = Trainer.Train(ToyCorpus.ToneRows(["about the router"]), ToyCorpus.FastOptions);
        Assert.AreEqual("tone", model.Heads.Single().Name);
        Assert.AreEqual(3, model.ScoreCount);

        var mixed = ToyCorpus.ToneRows(["about the router"]).Append(new LabelledRow("flush the dns cache", Jargon: "jargon")).ToList();
        var both = Trainer.Train(mixed, ToyCorpus.FastOptions);
        CollectionAssert.AreEqual(new[] { "tone", "jargon" }, both.Heads.Select(h => h.Name).ToArray());
    }

    [TestMethod]
    public void Training_is_deterministic()
    {
        var first = Trainer.Train(ToyCorpus.Training(), ToyCorpus.FastOptions);
        var second = Trainer.Train(ToyCorpus.Training(), ToyCorpus.FastOptions);

        CollectionAssert.AreEqual(first.Weights.ToArray(), second.Weights.ToArray());
        CollectionAssert.AreEqual(first.Biases.ToArray(), second.Biases.ToArray());
        Assert.AreEqual(first.Identity.TrainingDataSha256, second.Identity.TrainingDataSha256);
    }

    [TestMethod]
    public void Class_weights_lift_a_rare_class()
    {
        var rows = new List<LabelledRow>();
        for (var i = 0; i < 40; i++) rows.Add(new LabelledRow($"the parcel {i} ships today", Tone: "neutral"));
        for (var i = 0; i < 4; i++) rows.Add(new LabelledRow($"thanks a lot {i}", Tone: "polite"));
        var balanced = Trainer.Train(rows, ToyCorpus.FastOptions);
        var unbalanced = Trainer.Train(rows, ToyCorpus.FastOptions with { BalanceClasses = false });

        // With no features, only the biases speak: they follow the (re-weighted) class frequencies.
        var withWeights = new float[3];
        var withoutWeights = new float[3];
        balanced.Predict("", withWeights);
        unbalanced.Predict("", withoutWeights);
        Assert.IsTrue(withWeights[0] > 0.4 && withWeights[0] > withoutWeights[0] + 0.1, $"polite {withWeights[0]} vs {withoutWeights[0]}");
    }

    /// <summary>
    /// Polite thanks and rude brush-offs, and "noted" rows labelled both ways: polite with one weight, rude with the other.
    /// </summary>
    internal static List<LabelledRow> ConflictingRows(double politeWeight, double rudeWeight)
    {
        var rows = new List<LabelledRow>();
        for (var i = 0; i < 10; i++)
        {
            rows.Add(new LabelledRow($"thank you so much {i}", Tone: "polite"));
            rows.Add(new LabelledRow($"whatever, not my problem {i}", Tone: "rude"));
        }

        for (var i = 0; i < 5; i++)
        {
            rows.Add(new LabelledRow($"noted {i}", Tone: "polite", Weight: politeWeight));
            rows.Add(new LabelledRow($"noted {i}", Tone: "rude", Weight: rudeWeight));
        }

        return rows;
    }

    [TestMethod]
    public void Row_weights_decide_between_conflicting_labels()
    {
        Assert.AreEqual("polite", Predicted(Trainer.Train(ConflictingRows(4, 0.25), ToyCorpus.FastOptions), "noted 9", EtiquetteHeads.Tone));
        Assert.AreEqual("rude", Predicted(Trainer.Train(ConflictingRows(0.25, 4), ToyCorpus.FastOptions), "noted 9", EtiquetteHeads.Tone));
    }

    [TestMethod]
    public void A_weight_of_one_trains_as_no_weight()
    {
        var weighted = Trainer.Train(ToyCorpus.Training().Select(r => r with { Weight = 1 }).ToList(), ToyCorpus.FastOptions);

        CollectionAssert.AreEqual(ToyModel.Weights.ToArray(), weighted.Weights.ToArray());
        CollectionAssert.AreEqual(ToyModel.Biases.ToArray(), weighted.Biases.ToArray());
    }

    [TestMethod]
    [DataRow(0.0)]
    [DataRow(-1.0)]
    [DataRow(double.NaN)]
    [DataRow(double.PositiveInfinity)]
    public void Rejects_a_weight_that_is_not_positive_and_finite(double weight)
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() =>
            Trainer.Train([new LabelledRow("hi", Tone: "polite"), new LabelledRow("yo", Tone: "rude", Weight: weight)], ToyCorpus.FastOptions));
        StringAssert.Contains(error.Message, "Row 1: weight");
    }

    [TestMethod]
    public void Reports_progress_per_head()
    {
        var reports = new List<TrainingProgress>();
        Trainer.Train(ToyCorpus.Training(), ToyCorpus.FastOptions, new SynchronousProgress<TrainingProgress>(reports.Add));

        CollectionAssert.AreEqual(new[] { "tone", "casualness", "jargon" }, reports.Select(r => r.Head).Distinct().ToArray());
        Assert.IsTrue(reports.All(r => r.Fold is null));
        var tone = reports.Where(r => r.Head == "tone").ToList();
        Assert.AreEqual(1, tone[0].Evaluation);
        Assert.AreEqual(Math.Log(3), tone[0].Objective, 1e-9, "zero weights predict uniformly");
        Assert.IsTrue(tone[^1].Objective < tone[0].Objective);
    }

    [TestMethod]
    public void Records_the_model_identity()
    {
        var rows = ToyCorpus.Training();
        var model = Trainer.Train(rows, ToyCorpus.FastOptions with { ModelVersion = "toy-1" });
        Assert.AreEqual("toy-1", model.ModelVersion);
        Assert.AreEqual(rows.Count, model.Identity.TrainingRows);
        Assert.AreEqual(LabelledRows.Sha256(rows), model.Identity.TrainingDataSha256);
        Assert.IsTrue(DateTimeOffset.UtcNow - model.Identity.CreatedAt < TimeSpan.FromMinutes(5));
    }

    [TestMethod]
    public void Names_a_model_after_its_weights()
    {
        var rows = ToyCorpus.Training();
        var again = Trainer.Train(rows, ToyCorpus.FastOptions);
        var otherOptions = Trainer.Train(rows, ToyCorpus.FastOptions with { L2Regularization = ToyCorpus.FastOptions.L2Regularization * 10 });

        StringAssert.Matches(ToyModel.ModelVersion, new System.Text.RegularExpressions.Regex(@"^\d{8}-[0-9a-f]{8}$"));
        // The part after the training date: the date may turn between two trainings.
        Assert.AreEqual(ToyModel.ModelVersion[9..], again.ModelVersion[9..], "same rows and options, same model, same name");
        Assert.AreEqual(ToyModel.Identity.TrainingDataSha256, otherOptions.Identity.TrainingDataSha256);
        Assert.AreNotEqual(ToyModel.ModelVersion[9..], otherOptions.ModelVersion[9..], "same rows, other weights: another name");
    }

    [TestMethod]
    public void A_head_can_have_its_own_regularisation()
    {
        var rows = ToyCorpus.Training();
        var strongerJargon = ToyCorpus.FastOptions with { HeadL2Regularization = new HeadL2Overrides(new Dictionary<string, double> { ["jargon"] = 0.1 }) };
        var model = Trainer.Train(rows, strongerJargon);

        Assert.AreEqual(0.1, strongerJargon.L2RegularizationFor(EtiquetteHeads.Jargon));
        Assert.AreEqual(ToyCorpus.FastOptions.L2Regularization, strongerJargon.L2RegularizationFor(EtiquetteHeads.Tone));
        var jargonFrom = EtiquetteHeads.Tone.Labels.Count + EtiquetteHeads.Casualness.Labels.Count;
        var (general, stronger) = (ToyModel.Weights.ToArray(), model.Weights.ToArray());
        var (generalJargonNorm, strongerJargonNorm) = (0.0, 0.0);
        for (var i = 0; i < general.Length; i++)
        {
            var column = i % ToyModel.Stride;
            if (column < jargonFrom) Assert.AreEqual(general[i], stronger[i], "other heads keep the general λ");
            else if (column < ToyModel.ScoreCount) (generalJargonNorm, strongerJargonNorm) = (generalJargonNorm + general[i] * general[i], strongerJargonNorm + stronger[i] * stronger[i]);
        }

        Assert.IsTrue(strongerJargonNorm < generalJargonNorm / 2, $"a stronger λ shrinks the jargon weights: {strongerJargonNorm} against {generalJargonNorm}");
    }

    [TestMethod]
    public void Rejects_unknown_labels_bad_options_and_unlabelled_data()
    {
        var unknown = Assert.ThrowsExactly<ArgumentException>(() =>
            Trainer.Train([new LabelledRow("hi", Tone: "polite"), new LabelledRow("yo", Tone: "nice")], ToyCorpus.FastOptions));
        StringAssert.Contains(unknown.Message, "Row 1: unknown tone label 'nice'");

        var options = Assert.ThrowsExactly<ArgumentException>(() =>
            Trainer.Train(ToyCorpus.Training(), ToyCorpus.FastOptions with { L2Regularization = -1 }));
        StringAssert.Contains(options.Message, "l2Regularization");

        var unknownHead = Assert.ThrowsExactly<ArgumentException>(() => Trainer.Train(ToyCorpus.Training(),
            ToyCorpus.FastOptions with { HeadL2Regularization = new HeadL2Overrides(new Dictionary<string, double> { ["sarcasm"] = 1e-5 }) }));
        StringAssert.Contains(unknownHead.Message, "there is no head 'sarcasm'");
        var negativeHead = Assert.ThrowsExactly<ArgumentException>(() => Trainer.Train(ToyCorpus.Training(),
            ToyCorpus.FastOptions with { HeadL2Regularization = new HeadL2Overrides(new Dictionary<string, double> { ["tone"] = -1 }) }));
        StringAssert.Contains(negativeHead.Message, "tone's l2Regularization -1 must be finite and not negative");

        var none = Assert.ThrowsExactly<ArgumentException>(() => Trainer.Train([new LabelledRow("hi")], ToyCorpus.FastOptions));
        StringAssert.Contains(none.Message, "No row carries a label");
    }

    [TestMethod]
    public void Honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsExactly<OperationCanceledException>(() =>
            Trainer.Train(ToyCorpus.Training(), ToyCorpus.FastOptions, cancellationToken: cancelled.Token));
    }

    [TestMethod]
    public void Prediction_allocates_nothing_per_feature()
    {
        var scores = new float[ToyModel.ScoreCount];
        const string text = "Thank you so much for your patience about the router, we will reply soon 😊";
        Allocations.AssertAllocatesLittle(() => ToyModel.Predict(text, scores));
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool).</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
