using Plumbline.Checks.Complexity;
using Shouldly;

namespace Plumbline.Checks.Tests.Complexity;

/// <summary>Each sample's expected functions and complexities are what lizard (github.com/terryyin/lizard, the anchor
/// in docs/complexity.md) reports for the same text, except where a test says we differ on purpose.</summary>
public sealed class ComplexityMeterTests
{
    private static IReadOnlyList<(string Name, int Complexity)> Measure(string path, string text) =>
        [.. ComplexityMeter.Measure(path, text)!.Functions.Select(f => (f.Name, f.Complexity))];

    [Fact]
    public void Python_functions_count_branches_boolean_operators_and_handlers_and_nested_functions_stand_alone()
    {
        const string code = """
            def f(a):
                if a and b:
                    return [x for x in y if x]
                elif c:
                    pass
                try:
                    pass
                except E:
                    pass
                finally:
                    pass
                def inner():
                    while x or y:
                        pass
                return lambda q: q if q else 1

            class K:
                def m(self):
                    # if this were code it would count
                    text = "if and or"
                    match x:
                        case 1:
                            pass
                        case _:
                            pass
            """;
        Measure("a.py", code).ShouldBe([("f", 9), ("inner", 3), ("m", 3)]);
    }

    [Fact]
    public void Php_counts_elseif_foreach_and_logical_operators_but_not_null_coalescing()
    {
        const string code = """
            <html><?php if ($x) { ?> inline html ? <?php } ?>
            <?php
            function f($a) { if ($a && $b) { return 1; } elseif ($c) {} foreach ($x as $y) {} $z = $a ?? $b; $w = $a ?: $b; $v = $a?->b; }
            class C { public function m($a) { return $a ? 1 : 2; } }
            $g = function($x) { return $x; };
            """;
        Measure("a.php", code).ShouldBe([("f", 5), ("m", 2), ("$g", 1)]);
    }

    [Fact]
    public void CSharp_methods_constructors_expression_bodies_and_operators_are_functions_and_properties_are_not()
    {
        const string code = """
            class A {
              public int P { get { return x ? 1 : 2; } }
              public A(int x) : base(x) { if (x > 0) {} }
              void M(int? y) { foreach (var a in b) { var c = a?.B ?? 3; } switch(y) { case 1: case 2: break; default: break; } Func<int,int> f = q => { if (q) return 1; return 2; }; }
              int N() => x && y ? 1 : 0;
              [Route("x")]
              public static bool operator ==(A a, A b) { return a.X == b.X || b == null; }
              string S<T>(T t) where T : class { try {} catch (E e) {} return @"c:\if\"; }
            }
            """;
        // lizard misreads S (a generic method with a where clause) as "when"; the rest matches it.
        Measure("a.cs", code).ShouldBe([("A", 2), ("M", 6), ("N", 3), ("operator==", 2), ("S", 2)]);
    }

    [Fact]
    public void JavaScript_counts_named_anonymous_method_and_arrow_functions_and_reads_past_regular_expressions()
    {
        const string code = """
            function f(a) { if (a && b) { return 1 } }
            const h = x => x || y;
            obj.m = function () { while (1) {} }
            class K { m(a) { for (;;) {} } }
            arr.map(function (x) { return x; });
            var r = /a?b"/.test(s) ? 1 : 2; // the quote in the expression does not open a string
            """;
        Measure("a.js", code).ShouldBe([("f", 3), ("h", 2), ("m", 2), ("m", 2), ("(anonymous)", 1)]);
    }

    [Fact]
    public void Java_methods_after_annotations_with_arguments_are_found()
    {
        const string code = """
            @Entity
            @Table(name = "owners")
            public class Owner extends Person {
                @Column
                private String address;

                public String getAddress() { return this.address; }

                @GetMapping("/owners/{id}")
                public String show(@PathVariable("id") int id, Model model) throws IOException {
                    for (Pet p : pets) { if (p.isNew() && id > 0) { return "x"; } }
                    return id > 3 ? "a" : "b";
                }
            }
            """;
        // lizard 1.17 finds no function in this file (the annotation's arguments stop it); these are the methods written.
        Measure("Owner.java", code).ShouldBe([("getAddress", 1), ("show", 5)]);
    }

    [Fact]
    public void Go_functions_methods_with_receivers_and_function_literals()
    {
        const string code = """
            package a
            func a() { if x { } ; for { } }
            func (r *T) b() (int, error) { switch { case x: } ; select { case <-c: } }
            var f = func() { if a && b {} }
            """;
        Measure("a.go", code).ShouldBe([("a", 3), ("b", 3), ("f", 3)]);
    }

    [Fact]
    public void Ruby_methods_end_at_their_own_end_and_modifiers_count_as_decisions()
    {
        const string code = """
            class User < ApplicationRecord
              def admin?
                return false unless active?
                role == :admin || owner
              end

              def self.find_all(ids)
                ids.each do |id|
                  if id > 3
                    puts id
                  end
                end
              end
            end
            """;
        // We count `unless`, which lizard leaves out; it is a branch like `if`.
        Measure("user.rb", code).ShouldBe([("admin?", 3), ("self.find_all", 2)]);
    }

    [Fact]
    public void Files_in_other_languages_or_too_big_to_be_hand_written_are_not_measured()
    {
        ComplexityMeter.Measure("a.kt", "fun a() { if (x) {} }").ShouldBeNull();
        ComplexityMeter.Measure("bundle.js", new string('x', ComplexityMeter.MaxChars + 1)).ShouldBeNull();
    }
}
