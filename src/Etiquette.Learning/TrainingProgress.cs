namespace Etiquette.Learning;

/// <summary>
/// One evaluation of a head's objective during training: the regularised, class-weighted mean log-loss it reached.
/// <paramref name="Fold"/> is the cross-validation fold (1-based), or null when training the final model.
/// </summary>
public sealed record TrainingProgress(string Head, int? Fold, int Evaluation, double Objective);
