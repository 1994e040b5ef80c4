namespace Etiquette.Tests.Learning;

public static class Allocations
{
    /// <summary>
    /// Small enough to rule out allocating per token or per feature (a 300-character draft has hundreds of features,
    /// a string each would be tens of kilobytes), large enough for what the runtime allocates in code the JIT has not
    /// optimised yet (Unicode normalisation, case mapping). Optimised, featurising and predicting allocate nothing:
    /// the benchmarks' Allocated column shows it.
    /// </summary>
    public const long UnoptimisedAllowance = 1024;

    /// <summary>Asserts that <paramref name="action"/>, once warm, allocates no more than the allowance per call.</summary>
    public static void AssertAllocatesLittle(Action action)
    {
        var allocated = 0L;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            for (var i = 0; i < 200; i++) action();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20; i++) action();
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 20;
            if (allocated <= UnoptimisedAllowance) return;
            Thread.Sleep(100);
        }

        Assert.Fail($"Allocates {allocated} bytes per call, more than {UnoptimisedAllowance}, after warming up.");
    }
}
