namespace Etiquette.Learning;

/// <summary>Which model this is: its version, when it was trained, and a fingerprint of the rows that trained it.</summary>
/// <param name="TrainingDataSha256">SHA-256 over the training rows (<see cref="LabelledRows.Sha256"/>).</param>
public sealed record ModelIdentity(string ModelVersion, DateTimeOffset CreatedAt, int TrainingRows, string TrainingDataSha256);
