using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Web.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>Kestrel's buffers in large blocks (ADR 0020): reused once returned, and never more than a bounded number kept.</summary>
public class LargeBlockMemoryPoolTests
{
    [Fact]
    public void ABlockHoldsThePoolsSizeAndAReturnedBlockIsRentedAgain()
    {
        using var pool = new LargeBlockMemoryPool();

        var first = pool.Rent();
        var memory = first.Memory;
        first.Dispose();
        var second = pool.Rent(4096);

        Assert.Equal(LargeBlockMemoryPool.BlockSize, memory.Length);
        Assert.Equal(LargeBlockMemoryPool.BlockSize, pool.MaxBufferSize);
        Assert.Same(first, second);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent(LargeBlockMemoryPool.BlockSize + 1));
    }

    [Fact]
    public void PastItsBoundReturnedBlocksAreLeftToTheCollector()
    {
        using var pool = new LargeBlockMemoryPool();
        var rented = Enumerable.Range(0, LargeBlockMemoryPool.MaxRetained + 10).Select(_ => pool.Rent()).ToList();
        foreach (var block in rented) block.Dispose();

        var again = Enumerable.Range(0, LargeBlockMemoryPool.MaxRetained + 10).Select(_ => pool.Rent()).ToList();

        // The first blocks returned were kept; the ten returned past the bound were not, so ten are new.
        Assert.Equal(LargeBlockMemoryPool.MaxRetained, again.Count(rented.Contains));
    }

    [Fact]
    public async Task TheApplicationRegistersThisPoolFactoryWhereKestrelLooksForIt()
    {
        await using var app = await Api.ApiCatalogue.StartAsync(DatabaseProvider.Sqlite);

        Assert.IsType<LargeBlockMemoryPoolFactory>(app.Services.GetRequiredService<IMemoryPoolFactory<byte>>());
    }
}
