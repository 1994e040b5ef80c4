using Etiquette.Learning;

namespace Etiquette.Tests.Learning;

[TestClass]
public sealed class MetricsTests
{
    /// <summary>Probabilities that put 0.8 on <paramref name="predicted"/> and share the rest.</summary>
    private static float[] Confident(int predicted, int classes)
    {
        var probabilities = new float[classes];
        Array.Fill(probabilities, 0.2f / (classes - 1));
        probabilities[predicted] = 0.8f;
        return probabilities;
    }

    [TestMethod]
    public void Match_a_confusion_matrix_worked_out_by_hand()
    {
        // actual → predicted (polite 0, neutral 1, rude 2):
        //   polite: 3 × polite, 1 × neutral      neutral: 2 × neutral, 1 × rude      rude: 2 × rude, 1 × polite
        (int Actual, int Predicted, int Times)[] outcomes = [(0, 0, 3), (0, 1, 1), (1, 1, 2), (1, 2, 1), (2, 2, 2), (2, 0, 1)];
        var accumulator = new MetricsAccumulator(EtiquetteHeads.Tone);
        foreach (var (actual, predicted, times) in outcomes)
            for (var i = 0; i < times; i++) accumulator.Add(actual, Confident(predicted, 3));
        var metrics = accumulator.ToMetrics();

        Assert.AreEqual("tone", metrics.Head);
        Assert.AreEqual(10, metrics.Count);
        int[][] expected = [[3, 1, 0], [0, 2, 1], [1, 0, 2]];
        for (var row = 0; row < 3; row++) CollectionAssert.AreEqual(expected[row], metrics.ConfusionMatrix[row].ToArray());

        Assert.AreEqual(0.7, metrics.Accuracy, 1e-12);
        // polite: precision 3/4 (column 3+0+1), recall 3/4; neutral and rude: precision 2/3, recall 2/3.
        AssertClass(metrics.Classes[0], "polite", 0.75, 0.75, 0.75, 4);
        AssertClass(metrics.Classes[1], "neutral", 2 / 3.0, 2 / 3.0, 2 / 3.0, 3);
        AssertClass(metrics.Classes[2], "rude", 2 / 3.0, 2 / 3.0, 2 / 3.0, 3);
        Assert.AreEqual((0.75 + 2 / 3.0 + 2 / 3.0) / 3, metrics.MacroF1, 1e-12);
        // Seven right at p = 0.8, three wrong where the actual label got 0.1.
        Assert.AreEqual((7 * -Math.Log(0.8) + 3 * -Math.Log(0.1)) / 10, metrics.LogLoss, 1e-6);
    }

    [TestMethod]
    public void Precision_and_recall_differ_when_errors_are_one_sided()
    {
        // jargon: 2 actual jargon both found, 2 plain of which 1 called jargon → jargon precision 2/3, recall 1.
        var accumulator = new MetricsAccumulator(EtiquetteHeads.Jargon);
        accumulator.Add(1, Confident(1, 2));
        accumulator.Add(1, Confident(1, 2));
        accumulator.Add(0, Confident(0, 2));
        accumulator.Add(0, Confident(1, 2));
        var metrics = accumulator.ToMetrics();

        AssertClass(metrics.Classes[0], "plain", 1, 0.5, 2 / 3.0, 2);
        AssertClass(metrics.Classes[1], "jargon", 2 / 3.0, 1, 0.8, 2);
        Assert.AreEqual((2 / 3.0 + 0.8) / 2, metrics.MacroF1, 1e-12);
    }

    [TestMethod]
    public void Labels_that_never_occur_stay_out_of_macro_F1()
    {
        var accumulator = new MetricsAccumulator(EtiquetteHeads.Tone);
        accumulator.Add(1, Confident(1, 3));
        accumulator.Add(1, Confident(1, 3));
        var metrics = accumulator.ToMetrics();

        Assert.AreEqual(1.0, metrics.MacroF1);
        Assert.AreEqual(0, metrics.Classes[0].Support);
        Assert.AreEqual(0, metrics.Classes[0].F1);
    }

    [TestMethod]
    public void Ties_go_to_the_first_label_and_certain_mistakes_cost_a_finite_log_loss()
    {
        var accumulator = new MetricsAccumulator(EtiquetteHeads.Jargon);
        accumulator.Add(0, [0.5f, 0.5f]);
        accumulator.Add(1, [1f, 0f]);
        var metrics = accumulator.ToMetrics();

        CollectionAssert.AreEqual(new[] { 1, 0 }, metrics.ConfusionMatrix[0].ToArray());
        CollectionAssert.AreEqual(new[] { 1, 0 }, metrics.ConfusionMatrix[1].ToArray());
        Assert.IsTrue(double.IsFinite(metrics.LogLoss) && metrics.LogLoss > 10);
    }

    [TestMethod]
    public void Rejects_predictions_that_do_not_fit_the_head()
    {
        var accumulator = new MetricsAccumulator(EtiquetteHeads.Jargon);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => accumulator.Add(2, [0.5f, 0.5f]));
        Assert.ThrowsExactly<ArgumentException>(() => accumulator.Add(0, [0.2f, 0.3f, 0.5f]));
    }

    [TestMethod]
    public void Evaluator_scores_each_head_on_the_rows_that_label_it()
    {
        var rows = ToyCorpus.HeldOut();
        var metrics = Evaluator.Evaluate(TrainerTests.ToyModel, rows);

        CollectionAssert.AreEqual(new[] { "tone", "casualness", "jargon" }, metrics.Select(m => m.Head).ToArray());
        Assert.AreEqual(rows.Count(r => r.Tone is not null), metrics[0].Count);
        Assert.AreEqual(rows.Count(r => r.Jargon is not null), metrics[2].Count);
        Assert.AreEqual(metrics[0].Count, metrics[0].ConfusionMatrix.Sum(row => row.Sum()));
    }

    private static void AssertClass(ClassMetrics metrics, string label, double precision, double recall, double f1, int support)
    {
        Assert.AreEqual(label, metrics.Label);
        Assert.AreEqual(precision, metrics.Precision, 1e-12, label);
        Assert.AreEqual(recall, metrics.Recall, 1e-12, label);
        Assert.AreEqual(f1, metrics.F1, 1e-12, label);
        Assert.AreEqual(support, metrics.Support, label);
    }
}
