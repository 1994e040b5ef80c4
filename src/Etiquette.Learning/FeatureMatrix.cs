namespace Etiquette.Learning;

/// <summary>Every row's features, featurised once and kept in compressed sparse rows for training and cross-validation.</summary>
internal sealed class FeatureMatrix
{
    private readonly int[] _rowStarts;
    private readonly int[] _indices;
    private readonly float[] _values;

    private FeatureMatrix(int[] rowStarts, int[] indices, float[] values, int columnCount)
    {
        _rowStarts = rowStarts;
        _indices = indices;
        _values = values;
        ColumnCount = columnCount;
    }

    public int RowCount => _rowStarts.Length - 1;

    public int ColumnCount { get; }

    public ReadOnlySpan<int> Indices(int row) => _indices.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);

    public ReadOnlySpan<float> Values(int row) => _values.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);

    /// <summary>
    /// The given rows only, with columns renumbered to the buckets that occur in at least <paramref name="minimumRows"/>
    /// of them (rarer entries dropped); <paramref name="buckets"/> maps each new column back to its bucket.
    /// </summary>
    public FeatureMatrix Compact(int[] rows, int minimumRows, out int[] buckets)
    {
        var rowCounts = new int[ColumnCount];
        foreach (var row in rows)
            foreach (var index in Indices(row))
                rowCounts[index]++;

        var kept = new List<int>();
        var columns = rowCounts;
        for (var bucket = 0; bucket < ColumnCount; bucket++)
        {
            var keep = rowCounts[bucket] >= Math.Max(1, minimumRows);
            columns[bucket] = keep ? kept.Count : -1;
            if (keep) kept.Add(bucket);
        }

        var rowStarts = new int[rows.Length + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (var r = 0; r < rows.Length; r++)
        {
            var rowIndices = Indices(rows[r]);
            var rowValues = Values(rows[r]);
            for (var i = 0; i < rowIndices.Length; i++)
            {
                var column = columns[rowIndices[i]];
                if (column < 0) continue;
                indices.Add(column);
                values.Add(rowValues[i]);
            }

            rowStarts[r + 1] = indices.Count;
        }

        buckets = [.. kept];
        return new FeatureMatrix(rowStarts, [.. indices], [.. values], buckets.Length);
    }

    public static FeatureMatrix Build(IReadOnlyList<LabelledRow> rows, TextFeaturizer featurizer, CancellationToken cancellationToken)
    {
        var rowStarts = new int[rows.Count + 1];
        var indices = new List<int>(rows.Count * 64);
        var values = new List<float>(rows.Count * 64);
        var vector = new SparseVector();
        for (var row = 0; row < rows.Count; row++)
        {
            if (row % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
            featurizer.Featurize(rows[row].Text, vector);
            indices.AddRange(vector.Indices);
            values.AddRange(vector.Values);
            rowStarts[row + 1] = indices.Count;
        }

        return new FeatureMatrix(rowStarts, [.. indices], [.. values], featurizer.Settings.BucketCount);
    }
}
