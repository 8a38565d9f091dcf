using Plumbline.Core.Items;

namespace Plumbline.Core.Planning;

/// <summary>Finds a dependency cycle among items, to name it in an error.</summary>
internal static class DependencyCycle
{
    /// <summary>The ids of one cycle, first id repeated at the end (a -> b -> a), or null when there is none.</summary>
    public static IReadOnlyList<string>? Find(IReadOnlyList<Item> items)
    {
        var byId = items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done
        var stack = new List<string>();

        foreach (var item in items)
        {
            var cycle = Visit(item.Id);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        return null;

        IReadOnlyList<string>? Visit(string id)
        {
            if (state.TryGetValue(id, out var s))
            {
                if (s == 1)
                {
                    var from = stack.IndexOf(id);
                    return [.. stack.Skip(from), id];
                }

                return null;
            }

            if (!byId.TryGetValue(id, out var item))
            {
                return null;
            }

            state[id] = 1;
            stack.Add(id);
            foreach (var dep in item.DependsOn)
            {
                var cycle = Visit(dep);
                if (cycle is not null)
                {
                    return cycle;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[id] = 2;
            return null;
        }
    }
}
