using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>
/// Kestrel's buffers in blocks of <see cref="LargeBlockMemoryPool.BlockSize"/> bytes instead of its own 4 kB ones
/// (issue 8, row 1): the map's data, held compressed, leaves in a few blocks rather than forty, each costing a rent,
/// a segment of the pipe, an entry of the socket's send list and a return.
/// </summary>
public sealed class LargeBlockMemoryPoolFactory : IMemoryPoolFactory<byte>
{
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new LargeBlockMemoryPool();
}

/// <summary>
/// Pinned blocks of one size, kept for the next request once returned, up to <see cref="MaxRetained"/> of them;
/// beyond, a returned block is left to the collector, so that a burst of connections does not hold its memory for good.
/// </summary>
public sealed class LargeBlockMemoryPool : MemoryPool<byte>
{
    public const int BlockSize = 64 * 1024;
    public const int MaxRetained = 256;
    private readonly ConcurrentQueue<Block> _blocks = new();
    private int _retained;

    public override int MaxBufferSize => BlockSize;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        if (_blocks.TryDequeue(out var block))
        {
            Interlocked.Decrement(ref _retained);
            return block;
        }
        return new Block(this);
    }

    private void Return(Block block)
    {
        if (Interlocked.Increment(ref _retained) <= MaxRetained)
            _blocks.Enqueue(block);
        else
            Interlocked.Decrement(ref _retained);
    }

    protected override void Dispose(bool disposing) => _blocks.Clear();

    private sealed class Block(LargeBlockMemoryPool pool) : IMemoryOwner<byte>
    {
        public Memory<byte> Memory { get; } =
            MemoryMarshal.CreateFromPinnedArray(GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true), 0, BlockSize);

        public void Dispose() => pool.Return(this);
    }
}
