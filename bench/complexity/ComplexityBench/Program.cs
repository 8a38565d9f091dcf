using Plumbline.Checks.Complexity;

// Measures the files named on standard input (paths relative to ROOT) and prints one CSV row per function, in the
// columns compare.py reads: the benchmark's "our side", with the same file list lizard is given.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: ComplexityBench ROOT < file-list");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var paths = new List<string>();
while (Console.ReadLine() is { } line)
{
    if (!string.IsNullOrWhiteSpace(line))
    {
        paths.Add(line.Trim());
    }
}

var results = new FileComplexity?[paths.Count];
Parallel.For(0, paths.Count, i => results[i] = ComplexityMeter.Measure(paths[i], File.ReadAllText(Path.Combine(root, paths[i]))));
using var output = new StreamWriter(Console.OpenStandardOutput());
output.WriteLine("path,function,line,end,lines,complexity");
foreach (var file in results.OfType<FileComplexity>())
{
    foreach (var f in file.Functions)
    {
        output.WriteLine($"{file.Path},\"{f.Name.Replace("\"", "'", StringComparison.Ordinal)}\",{f.Line},{f.EndLine},{f.Lines},{f.Complexity}");
    }
}

return 0;
