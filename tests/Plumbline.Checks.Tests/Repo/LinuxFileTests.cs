using System.Diagnostics;
using Plumbline.Checks.Repo;

namespace Plumbline.Checks.Tests.Repo;

public sealed class LinuxFileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("plumb-linuxfile-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_dir.FullName, name);

    [LinuxFileFact]
    public void Reads_the_same_bytes_as_the_framework_for_files_of_every_size_around_the_buffer()
    {
        foreach (var size in new[] { 0, 1, 4095, 4096, 4097, 65536, 100_000 })
        {
            var bytes = new byte[size];
            new Random(size).NextBytes(bytes);
            File.WriteAllBytes(PathOf($"f{size}"), bytes);
            var buffer = new byte[65536];

            var read = LinuxFile.Read(PathOf($"f{size}"), buffer);

            read.ShouldBe(Math.Min(size, buffer.Length));
            buffer.AsSpan(0, read).SequenceEqual(bytes.AsSpan(0, read)).ShouldBeTrue($"size {size}");
        }
    }

    [LinuxFileFact]
    public void Reads_the_start_of_a_file_into_the_span()
    {
        File.WriteAllText(PathOf("a.txt"), "hello, world");
        var buffer = new byte[5];

        LinuxFile.Read(PathOf("a.txt"), buffer).ShouldBe(5);
        System.Text.Encoding.ASCII.GetString(buffer).ShouldBe("hello");
        LinuxFile.Read(PathOf("a.txt"), new byte[100]).ShouldBe(12);
    }

    [LinuxFileFact]
    public void A_missing_file_or_a_symbolic_link_is_an_error_naming_the_path()
    {
        File.WriteAllText(PathOf("target.txt"), "secret");
        File.CreateSymbolicLink(PathOf("link.txt"), PathOf("target.txt"));

        Should.Throw<FileNotFoundException>(() => LinuxFile.Read(PathOf("gone.txt"), new byte[10])).Message.ShouldContain("gone.txt");
        Should.Throw<IOException>(() => LinuxFile.Read(PathOf("link.txt"), new byte[10])).Message.ShouldContain("link.txt", customMessage: "links are never followed");
    }

    [LinuxFileFact]
    public void A_named_pipe_reads_as_empty_instead_of_waiting_for_a_writer()
    {
        using (var mkfifo = Process.Start("mkfifo", PathOf("pipe"))!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
        }

        LinuxFile.Read(PathOf("pipe"), new byte[10]).ShouldBe(0);
    }
}

/// <summary>Runs a test only where <see cref="LinuxFile"/> applies (Linux on x86-64 or arm64); elsewhere it is reported
/// as skipped rather than passing without running.</summary>
public sealed class LinuxFileFactAttribute : FactAttribute
{
    public LinuxFileFactAttribute()
    {
        if (!LinuxFile.IsSupported)
        {
            Skip = "LinuxFile applies to Linux on x86-64 and arm64 only";
        }
    }
}
