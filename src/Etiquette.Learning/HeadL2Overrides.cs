namespace Etiquette.Learning;

/// <summary>
/// λ for particular heads by name, overriding <see cref="TrainerOptions.L2Regularization"/> for them: heads differ in how
/// much data and how many distinct cues they learn from. Equal when they hold the same values.
/// </summary>
public sealed class HeadL2Overrides : IEquatable<HeadL2Overrides>
{
    public static readonly HeadL2Overrides None = new(new Dictionary<string, double>());

    private readonly SortedDictionary<string, double> _byHead;

    public HeadL2Overrides(IReadOnlyDictionary<string, double> byHead) =>
        _byHead = new SortedDictionary<string, double>(byHead.ToDictionary(), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> ByHead => _byHead;

    public bool TryGet(string head, out double l2Regularization) => _byHead.TryGetValue(head, out l2Regularization);

    public bool Equals(HeadL2Overrides? other) =>
        other is not null && _byHead.Count == other._byHead.Count
                          && _byHead.All(entry => other._byHead.TryGetValue(entry.Key, out var value) && value.Equals(entry.Value));

    public override bool Equals(object? obj) => Equals(obj as HeadL2Overrides);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (head, value) in _byHead)
        {
            hash.Add(head);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}
