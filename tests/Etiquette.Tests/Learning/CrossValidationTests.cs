using Etiquette.Learning;

namespace Etiquette.Tests.Learning;

[TestClass]
public sealed class CrossValidationTests
{
    [TestMethod]
    public void Folds_are_stratified_disjoint_and_cover_every_item()
    {
        // 10 of class 0, 7 of class 1, 4 of class 2, shuffled.
        int[] classes = [0, 1, 0, 2, 0, 1, 0, 0, 2, 1, 0, 1, 0, 2, 1, 0, 1, 0, 2, 1, 0];
        const int folds = 3;
        var assignment = CrossValidation.StratifiedFolds(classes, folds, seed: 11);

        var members = Enumerable.Range(0, folds).Select(f => Enumerable.Range(0, classes.Length).Where(i => assignment[i] == f).ToHashSet()).ToArray();
        Assert.AreEqual(classes.Length, members.Sum(m => m.Count), "each item in exactly one fold");
        CollectionAssert.AreEquivalent(Enumerable.Range(0, classes.Length).ToArray(), members.SelectMany(m => m).ToArray());
        Assert.IsTrue(members.Max(m => m.Count) - members.Min(m => m.Count) <= 1, "fold sizes");
        for (var c = 0; c < 3; c++)
        {
            var perFold = members.Select(m => m.Count(i => classes[i] == c)).ToArray();
            Assert.IsTrue(perFold.Max() - perFold.Min() <= 1, $"class {c}: {string.Join(", ", perFold)}");
        }
    }

    [TestMethod]
    public void Folds_depend_only_on_the_seed()
    {
        var classes = Enumerable.Range(0, 60).Select(i => i % 3).ToArray();
        CollectionAssert.AreEqual(CrossValidation.StratifiedFolds(classes, 5, 1), CrossValidation.StratifiedFolds(classes, 5, 1));
        CollectionAssert.AreNotEqual(CrossValidation.StratifiedFolds(classes, 5, 1), CrossValidation.StratifiedFolds(classes, 5, 2));
    }

    [TestMethod]
    public void Folds_train_with_the_rows_weights()
    {
        // Out of fold, the "noted" rows are predicted as the label that weighs more in training, whatever they carry.
        static int PredictedPolite(List<LabelledRow> rows) =>
            CrossValidation.Run(rows, 5, ToyCorpus.FastOptions, seed: 3).Heads.Single().OutOfFold.ConfusionMatrix.Sum(actual => actual[0]);

        var politeHeavy = PredictedPolite(TrainerTests.ConflictingRows(4, 0.25));
        var rudeHeavy = PredictedPolite(TrainerTests.ConflictingRows(0.25, 4));
        Assert.IsTrue(politeHeavy >= rudeHeavy + 8, $"predicted polite: {politeHeavy} against {rudeHeavy}");
    }

    [TestMethod]
    public void Cross_validates_every_labelled_head()
    {
        var rows = ToyCorpus.Training();
        var result = CrossValidation.Run(rows, 4, ToyCorpus.FastOptions, seed: 3);

        Assert.AreEqual(4, result.FoldCount);
        CollectionAssert.AreEqual(new[] { "tone", "casualness", "jargon" }, result.Heads.Select(h => h.Head).ToArray());
        foreach (var head in result.Heads)
        {
            var labelled = rows.Count(r => r.LabelFor(EtiquetteHeads.Find(head.Head)!) is not null);
            Assert.AreEqual(4, head.Folds.Count);
            Assert.AreEqual(labelled, head.Folds.Sum(f => f.Count), head.Head);
            Assert.AreEqual(labelled, head.OutOfFold.Count, head.Head);
            Assert.IsTrue(head.Spread.MeanMacroF1 >= 0.8, $"{head.Head}: {head.Spread.MeanMacroF1}");
            Assert.IsTrue(head.Spread.MacroF1StandardDeviation >= 0);
        }

        var evaluation = result.ToEvaluation();
        StringAssert.StartsWith(evaluation.Method, "4-fold stratified cross-validation (seed 3)");
        Assert.AreEqual(result.Heads[0].OutOfFold, evaluation.Heads[0]);
        Assert.AreEqual(result.Heads[2].Spread, evaluation.Folds![2]);
    }

    [TestMethod]
    public void Same_seed_same_result()
    {
        var rows = ToyCorpus.ToneRows(["about the router", "about your refund", "about the invoice"]);
        var first = CrossValidation.Run(rows, 3, ToyCorpus.FastOptions, seed: 5);
        var second = CrossValidation.Run(rows, 3, ToyCorpus.FastOptions, seed: 5);

        Assert.AreEqual(first.Heads[0].OutOfFold.LogLoss, second.Heads[0].OutOfFold.LogLoss);
        CollectionAssert.AreEqual(first.Heads[0].Folds.Select(f => f.MacroF1).ToArray(), second.Heads[0].Folds.Select(f => f.MacroF1).ToArray());
    }

    [TestMethod]
    public void Refuses_too_few_folds_or_rows()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => CrossValidation.Run(ToyCorpus.Training(), 1, ToyCorpus.FastOptions, 1));
        var few = ToyCorpus.ToneRows(["x"]).Take(2).ToList();
        var error = Assert.ThrowsExactly<ArgumentException>(() => CrossValidation.Run(few, 3, ToyCorpus.FastOptions, 1));
        StringAssert.Contains(error.Message, "Only 2 rows label tone");
    }
}
