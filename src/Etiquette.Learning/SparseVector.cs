namespace Etiquette.Learning;

/// <summary>
/// A reusable sparse feature vector: bucket indices (distinct, in first-seen order) and their values. Featurising into
/// the same instance again reuses its arrays, so steady-state featurisation allocates nothing. Not thread-safe.
/// </summary>
public sealed class SparseVector
{
    private int[] _indices = new int[256];
    private float[] _values = new float[256];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Indices => _indices.AsSpan(0, Count);

    public ReadOnlySpan<float> Values => _values.AsSpan(0, Count);

    /// <summary>Empties the vector and makes room for <paramref name="capacity"/> entries.</summary>
    internal void Reset(int capacity)
    {
        Count = 0;
        if (_indices.Length >= capacity) return;
        var size = (int)Math.Min(Array.MaxLength, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity));
        _indices = new int[size];
        _values = new float[size];
    }

    /// <summary>Appends an entry; <see cref="Reset"/> must have made room for it.</summary>
    internal int Append(int index, float value)
    {
        _indices[Count] = index;
        _values[Count] = value;
        return Count++;
    }

    internal void AddTo(int position, float amount) => _values[position] += amount;

    internal Span<float> MutableValues => _values.AsSpan(0, Count);

    internal int IndexAt(int position) => _indices[position];
}
