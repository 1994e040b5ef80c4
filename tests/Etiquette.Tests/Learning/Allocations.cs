namespace Etiquette.Tests.Learning;

public static class Allocations
{
    /// <summary>
    /// Asserts that <paramref name="action"/> allocates at most <paramref name="bytesPerCall"/> in steady state. Code
    /// the JIT has not optimised yet may allocate a little more, so batches are measured until one fits, within a limit.
    /// </summary>
    public static void AssertAtMostOnceWarm(Action action, long bytesPerCall = 0)
    {
        var allocated = 0L;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            for (var i = 0; i < 200; i++) action();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20; i++) action();
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 20;
            if (allocated <= bytesPerCall) return;
            Thread.Sleep(50);
        }

        Assert.Fail($"Allocates {allocated} bytes per call, more than {bytesPerCall}, after warming up.");
    }
}
