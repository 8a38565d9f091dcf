using System.Diagnostics;
using System.Runtime.InteropServices;
using Plumbline.Checks.Repo;

namespace Plumbline.Checks.Tests.Repo;

public sealed class LinuxFileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("plumb-linuxfile-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_dir.FullName, name);

    [Fact]
    public void Is_used_on_linux_only()
    {
        LinuxFile.IsSupported.ShouldBe(OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64);
    }

    [Fact]
    public void Reads_the_start_of_a_file_into_the_span()
    {
        if (!LinuxFile.IsSupported)
        {
            return;
        }

        File.WriteAllText(PathOf("a.txt"), "hello, world");
        var buffer = new byte[5];

        LinuxFile.Read(PathOf("a.txt"), buffer).ShouldBe(5);
        System.Text.Encoding.ASCII.GetString(buffer).ShouldBe("hello");
        LinuxFile.Read(PathOf("a.txt"), new byte[100]).ShouldBe(12);
    }

    [Fact]
    public void A_missing_file_or_a_symbolic_link_is_an_error_naming_the_path()
    {
        if (!LinuxFile.IsSupported)
        {
            return;
        }

        File.WriteAllText(PathOf("target.txt"), "secret");
        File.CreateSymbolicLink(PathOf("link.txt"), PathOf("target.txt"));

        Should.Throw<FileNotFoundException>(() => LinuxFile.Read(PathOf("gone.txt"), new byte[10])).Message.ShouldContain("gone.txt");
        Should.Throw<IOException>(() => LinuxFile.Read(PathOf("link.txt"), new byte[10])).Message.ShouldContain("link.txt", customMessage: "links are never followed");
    }

    [Fact]
    public void A_named_pipe_reads_as_empty_instead_of_waiting_for_a_writer()
    {
        if (!LinuxFile.IsSupported)
        {
            return;
        }

        using (var mkfifo = Process.Start("mkfifo", PathOf("pipe"))!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
        }

        LinuxFile.Read(PathOf("pipe"), new byte[10]).ShouldBe(0);
    }
}
