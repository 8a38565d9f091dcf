namespace Plumbline.Checks.Repo.Inventory;

/// <summary>The languages Plumbline recognises, by extension, well-known file name and shebang.</summary>
public static partial class Languages
{
    private static readonly string[] Slashes = ["//"];
    private static readonly string[] Hash = ["#"];
    private static readonly (string, string)[] CBlock = [("/*", "*/")];
    private static readonly (string, string)[] XmlBlock = [("<!--", "-->")];
    private static readonly (string, string)[] None = [];

    private static Language CLike(string name) => new(name, Slashes, CBlock);

    private static Language Hashed(string name) => new(name, Hash, None);

    private static readonly Language CSharp = CLike("C#");
    private static readonly Language JavaScript = CLike("JavaScript");
    private static readonly Language TypeScript = CLike("TypeScript");
    private static readonly Language Python = new("Python", Hash, [("\"\"\"", "\"\"\""), ("'''", "'''")]);
    private static readonly Language Shell = Hashed("Shell");
    private static readonly Language Ruby = new("Ruby", Hash, [("=begin", "=end")]);
    private static readonly Language Perl = new("Perl", Hash, [("=pod", "=cut"), ("=head1", "=cut")]);
    private static readonly Language Groovy = CLike("Groovy");
    private static readonly Language Xml = new("XML", [], XmlBlock) { IsData = true };
    private static readonly Language MsBuild = new("MSBuild", [], XmlBlock) { IsData = true };
    private static readonly Language Html = new("HTML", [], XmlBlock);
    private static readonly Language Css = new("CSS", [], CBlock);
    private static readonly Language Yaml = Hashed("YAML") with { IsData = true };
    private static readonly Language Make = Hashed("Makefile");
    private static readonly Language Docker = Hashed("Dockerfile");
    private static readonly Language CMake = new("CMake", Hash, [("#[[", "]]")]);
    private static readonly Language Starlark = Hashed("Starlark");
    private static readonly Language Lua = new("Lua", ["--"], [("--[[", "]]")]);
    private static readonly Language PowerShell = new("PowerShell", Hash, [("<#", "#>")]);
    private static readonly Language Php = new("PHP", ["//", "#"], CBlock);
    private static readonly Language Patch = new("Patch", [], None) { IsData = true, IsPatch = true };
    private static readonly Language Markdown = new("Markdown", [], XmlBlock) { IsData = true };

    // Told apart by their text (Languages.SharedExtensions.cs); declared here, after the comment syntaxes they use,
    // because static fields are set in the order they are written only within one file.
    private static readonly Language CFragment = CLike("C/C++ Header");
    private static readonly Language AssemblyInclude = new("Assembly", [";"], None);
    private static readonly Language PascalInclude = new("Pascal", Slashes, [("{", "}"), ("(*", "*)")]);
    private static readonly Language ModuleDefinition = new("Module-Definition", [";"], None);
    private static readonly Language[] ByContent = [CFragment, AssemblyInclude, PascalInclude, ModuleDefinition];

    private static readonly Dictionary<string, Language> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".cs"] = CSharp,
        [".csx"] = CSharp,
        [".c"] = CLike("C"),
        [".h"] = CLike("C/C++ Header"),
        [".cpp"] = CLike("C++"),
        [".cc"] = CLike("C++"),
        [".cxx"] = CLike("C++"),
        [".c++"] = CLike("C++"),
        [".hpp"] = CLike("C++"),
        [".hh"] = CLike("C++"),
        [".hxx"] = CLike("C++"),
        [".inl"] = CLike("C++"),
        [".tcc"] = CLike("C++"),
        [".tpp"] = CLike("C++"),
        [".txx"] = CLike("C++"),
        [".ipp"] = CLike("C++"),
        [".td"] = CLike("TableGen"),
        [".java"] = CLike("Java"),
        [".js"] = JavaScript,
        [".mjs"] = JavaScript,
        [".cjs"] = JavaScript,
        [".jsx"] = CLike("JSX"),
        [".ts"] = TypeScript,
        [".mts"] = TypeScript,
        [".cts"] = TypeScript,
        [".tsx"] = CLike("TSX"),
        [".go"] = CLike("Go"),
        [".rs"] = CLike("Rust"),
        [".kt"] = CLike("Kotlin"),
        [".kts"] = CLike("Kotlin"),
        [".swift"] = CLike("Swift"),
        [".scala"] = CLike("Scala"),
        [".sc"] = CLike("Scala"),
        [".dart"] = CLike("Dart"),
        [".m"] = CLike("Objective-C"),
        [".mm"] = CLike("Objective-C++"),
        [".groovy"] = Groovy,
        [".gradle"] = Groovy,
        [".gvy"] = Groovy,
        [".php"] = Php,
        [".phtml"] = Php,
        [".py"] = Python,
        [".pyw"] = Python,
        [".pyi"] = Python,
        [".pyx"] = Hashed("Cython"),
        [".rb"] = Ruby,
        [".rake"] = Ruby,
        [".gemspec"] = Ruby,
        [".pl"] = Perl,
        [".pm"] = Perl,
        [".t"] = Perl,
        [".sh"] = Shell,
        [".bash"] = Shell,
        [".zsh"] = Shell,
        [".ksh"] = Shell,
        [".fish"] = Hashed("Fish"),
        [".csh"] = Hashed("C Shell"),
        [".tcsh"] = Hashed("C Shell"),
        [".ps1"] = PowerShell,
        [".psm1"] = PowerShell,
        [".psd1"] = PowerShell,
        [".bat"] = new("Batch", ["REM ", "rem ", "::", "@REM ", "@rem "], None),
        [".cmd"] = new("Batch", ["REM ", "rem ", "::", "@REM ", "@rem "], None),
        [".html"] = Html,
        [".htm"] = Html,
        [".xhtml"] = Html,
        [".xml"] = Xml,
        [".xsd"] = Xml,
        [".xsl"] = Xml,
        [".xslt"] = Xml,
        [".plist"] = Xml,
        [".resx"] = Xml,
        [".xaml"] = new("XAML", [], XmlBlock),
        [".svg"] = new("SVG", [], XmlBlock) { IsData = true },
        [".csproj"] = MsBuild,
        [".vbproj"] = MsBuild,
        [".fsproj"] = MsBuild,
        [".props"] = MsBuild,
        [".targets"] = MsBuild,
        [".proj"] = MsBuild,
        [".css"] = Css,
        [".scss"] = CLike("SCSS"),
        [".less"] = CLike("LESS"),
        [".sass"] = CLike("Sass"),
        [".styl"] = CLike("Stylus"),
        [".md"] = Markdown,
        [".markdown"] = Markdown,
        [".patch"] = Patch,
        [".diff"] = Patch,
        [".txt"] = new("Text", [], None) { IsData = true },
        [".rst"] = new("reStructuredText", [], None) { IsData = true },
        [".json"] = new("JSON", [], None) { IsData = true },
        [".jsonc"] = new("JSON", ["//"], CBlock) { IsData = true },
        [".yml"] = Yaml,
        [".yaml"] = Yaml,
        [".toml"] = Hashed("TOML") with { IsData = true },
        [".ini"] = new("INI", [";", "#"], None) { IsData = true },
        [".cfg"] = new("INI", [";", "#"], None) { IsData = true },
        [".sql"] = new("SQL", ["--"], CBlock),
        [".lua"] = Lua,
        [".r"] = Hashed("R"),
        [".jl"] = new("Julia", Hash, [("#=", "=#")]),
        [".hs"] = new("Haskell", ["--"], [("{-", "-}")]),
        [".ex"] = Hashed("Elixir"),
        [".exs"] = Hashed("Elixir"),
        [".erl"] = new("Erlang", ["%"], None),
        [".hrl"] = new("Erlang", ["%"], None),
        [".clj"] = new("Clojure", [";"], None),
        [".cljs"] = new("ClojureScript", [";"], None),
        [".cljc"] = new("Clojure", [";"], None),
        [".fs"] = new("F#", Slashes, [("(*", "*)")]),
        [".fsi"] = new("F#", Slashes, [("(*", "*)")]),
        [".fsx"] = new("F#", Slashes, [("(*", "*)")]),
        [".vb"] = new("Visual Basic .NET", ["'"], None),
        [".vue"] = new("Vue", Slashes, [("/*", "*/"), ("<!--", "-->")]),
        [".svelte"] = new("Svelte", Slashes, [("/*", "*/"), ("<!--", "-->")]),
        [".tf"] = new("HCL", ["#", "//"], CBlock),
        [".hcl"] = new("HCL", ["#", "//"], CBlock),
        [".tfvars"] = new("HCL", ["#", "//"], CBlock),
        [".bicep"] = CLike("Bicep"),
        [".proto"] = CLike("Protocol Buffers"),
        [".x"] = CLike("RPC Language"),
        [".gyp"] = Hashed("GYP"),
        [".gypi"] = Hashed("GYP"),
        [".graphql"] = Hashed("GraphQL"),
        [".gql"] = Hashed("GraphQL"),
        [".cshtml"] = new("Razor", [], [("@*", "*@"), ("<!--", "-->")]),
        [".razor"] = new("Razor", [], [("@*", "*@"), ("<!--", "-->")]),
        [".asm"] = new("Assembly", [";", "#"], None),
        [".s"] = new("Assembly", [";", "#", "//"], CBlock),
        [".f90"] = new("Fortran 90", ["!"], None),
        [".f95"] = new("Fortran 95", ["!"], None),
        [".pas"] = new("Pascal", Slashes, [("{", "}"), ("(*", "*)")]),
        [".ml"] = new("OCaml", [], [("(*", "*)")]),
        [".mli"] = new("OCaml", [], [("(*", "*)")]),
        [".zig"] = CLike("Zig"),
        [".nim"] = new("Nim", Hash, [("#[", "]#")]),
        [".cr"] = Hashed("Crystal"),
        [".sol"] = CLike("Solidity"),
        [".tcl"] = Hashed("Tcl"),
        [".awk"] = Hashed("awk"),
        [".vim"] = new("Vim Script", ["\""], None),
        [".cmake"] = CMake,
        [".mk"] = Make,
        [".mak"] = Make,
        [".bzl"] = Starlark,
        [".star"] = Starlark,
        [".ipynb"] = new("Jupyter Notebook", [], None) { IsData = true },
        [".elm"] = new("Elm", ["--"], [("{-", "-}")]),
        [".purs"] = new("PureScript", ["--"], [("{-", "-}")]),
        [".coffee"] = new("CoffeeScript", Hash, [("###", "###")]),
        [".hx"] = CLike("Haxe"),
        [".v"] = CLike("Verilog-SystemVerilog"),
        [".sv"] = CLike("Verilog-SystemVerilog"),
        [".vhd"] = new("VHDL", ["--"], None),
        [".vhdl"] = new("VHDL", ["--"], None),
        [".d"] = CLike("D"),
        [".cu"] = CLike("CUDA"),
        [".glsl"] = CLike("GLSL"),
        [".hlsl"] = CLike("HLSL"),
        [".lisp"] = new("Lisp", [";"], [("#|", "|#")]),
        [".el"] = new("Lisp", [";"], None),
        [".scm"] = new("Scheme", [";"], [("#|", "|#")]),
        [".rkt"] = new("Racket", [";"], [("#|", "|#")]),
        [".prisma"] = CLike("Prisma Schema"),
        [".sbt"] = CLike("Scala"),
        [".hbs"] = new("Handlebars", [], [("{{!--", "--}}"), ("<!--", "-->")]),
        [".twig"] = new("Twig", [], [("{#", "#}")]),
        [".erb"] = new("ERB", [], [("<%#", "%>")]),
        [".ejs"] = new("EJS", [], [("<%#", "%>"), ("<!--", "-->")]),
        [".j2"] = new("Jinja Template", [], [("{#", "#}")]),
        [".mustache"] = new("Mustache", [], [("{{!", "}}")]),
        [".tex"] = new("TeX", ["%"], None),
        [".ada"] = new("Ada", ["--"], None),
        [".adb"] = new("Ada", ["--"], None),
        [".ads"] = new("Ada", ["--"], None),
        [".cob"] = new("COBOL", ["*>"], None),
        [".cbl"] = new("COBOL", ["*>"], None),
        [".abap"] = new("ABAP", ["\""], None),
        [".apex"] = CLike("Apex"),
        [".cls"] = CLike("Apex"),
        [".trigger"] = CLike("Apex"),
    };

    private static readonly Dictionary<string, Language> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dockerfile"] = Docker,
        ["Containerfile"] = Docker,
        ["Makefile"] = Make,
        ["GNUmakefile"] = Make,
        ["makefile"] = Make,
        ["CMakeLists.txt"] = CMake,
        ["Rakefile"] = Ruby,
        ["Gemfile"] = Ruby,
        ["Vagrantfile"] = Ruby,
        ["Podfile"] = Ruby,
        ["Guardfile"] = Ruby,
        ["Brewfile"] = Ruby,
        ["Jenkinsfile"] = Groovy,
        ["BUILD"] = Starlark,
        ["BUILD.bazel"] = Starlark,
        ["WORKSPACE"] = Starlark,
        ["WORKSPACE.bazel"] = Starlark,
        ["Tiltfile"] = Starlark,
        ["Justfile"] = Hashed("Just"),
        ["meson.build"] = Hashed("Meson"),
        ["SConstruct"] = Python,
        ["SConscript"] = Python,
    };

    private static readonly (string Interpreter, Language Language)[] Shebangs =
    [
        ("python", Python), ("node", JavaScript), ("deno", TypeScript), ("ruby", Ruby), ("perl", Perl), ("pwsh", PowerShell),
        ("bash", Shell), ("zsh", Shell), ("ksh", Shell), ("dash", Shell), ("sh", Shell), ("lua", Lua), ("php", Php),
        ("tclsh", Hashed("Tcl")), ("awk", Hashed("awk")), ("make", Make), ("Rscript", Hashed("R")),
    ];

    /// <summary>Every distinct language name recognised.</summary>
    public static IReadOnlyCollection<string> Names =>
        ByExtension.Values.Concat(ByName.Values).Concat(Shebangs.Select(s => s.Language)).Concat(ByContent)
            .Select(l => l.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The language of a file by well-known name, extension, then shebang; null when unknown.</summary>
    public static Language? Detect(string fileName, ReadOnlySpan<char> text)
    {
        if (ByName.TryGetValue(fileName, out var byName))
        {
            return byName;
        }

        if (fileName.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase))
        {
            return Docker;
        }

        var ext = Path.GetExtension(fileName);
        if (ext.Length > 0 && ByExtension.TryGetValue(ext, out var byExt))
        {
            return byExt;
        }

        if (SharedExtension(ext, text) is { } shared)
        {
            return shared;
        }

        return text.StartsWith("#!", StringComparison.Ordinal) ? FromShebang(text) : null;
    }

    private static Language? FromShebang(ReadOnlySpan<char> text)
    {
        var end = text.IndexOf('\n');
        var line = (end < 0 ? text : text[..end]).Trim().ToString();
        var parts = line[2..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var program = Path.GetFileName(parts[0]);
        if (program == "env")
        {
            program = parts.Skip(1).FirstOrDefault(p => !p.StartsWith('-')) ?? string.Empty;
        }

        foreach (var (interpreter, language) in Shebangs)
        {
            if (program.StartsWith(interpreter, StringComparison.Ordinal))
            {
                return language;
            }
        }

        return null;
    }
}
