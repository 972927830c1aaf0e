package org.iretlab.upstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.target.Target;

/**
 * What must not change while a handler is reduced, read from the IR text: it is still an
 * x86_intrcc definition of the same name, with the same return and parameter types (byval types
 * included, names and other attributes not), for the same target: the module's triple and the
 * function's target-cpu and target-features attributes.
 */
public record HandlerShape(Target target, String returnType, List<String> parameters) {
    private static final Pattern TRIPLE = Pattern.compile("(?m)^target triple = \"([^\"]*)\"");
    private static final Pattern BYVAL = Pattern.compile("byval\\((.*)\\)");

    public static Optional<HandlerShape> of(String ir, String function) {
        Matcher define = Pattern.compile("(?m)^define\\b([^\\n]*?)\\bx86_intrcc\\b([^\\n]*?)@" + Pattern.quote(function) + "\\(").matcher(ir);
        if (!define.find()) {
            return Optional.empty();
        }
        String[] pre = define.group(2).strip().split("\\s+");
        String ret = pre[pre.length - 1];
        int open = define.end();
        int depth = 1;
        int i = open;
        while (i < ir.length() && depth > 0) {
            char ch = ir.charAt(i++);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        }
        List<String> params = new ArrayList<>();
        for (String p : splitTopLevel(ir.substring(open, i - 1))) {
            if (p.isBlank()) {
                continue;
            }
            String type = p.strip().split("\\s+")[0];
            Matcher byval = BYVAL.matcher(p);
            params.add(byval.find() ? type + " byval(" + byval.group(1).split("\\)")[0] + ")" : type);
        }
        int lineEnd = ir.indexOf('\n', i);
        String rest = ir.substring(i, lineEnd < 0 ? ir.length() : lineEnd);
        Matcher group = Pattern.compile("#(\\d+)").matcher(rest);
        String attributes = rest;
        if (group.find()) {
            Matcher def = Pattern.compile("(?m)^attributes #" + group.group(1) + " = \\{([^\\n]*)\\}").matcher(ir);
            attributes = def.find() ? def.group(1) : "";
        }
        Matcher triple = TRIPLE.matcher(ir);
        Target target = new Target(triple.find() ? triple.group(1) : "", attribute(attributes, "target-cpu"),
                attribute(attributes, "target-features"));
        return Optional.of(new HandlerShape(target, ret, List.copyOf(params)));
    }

    private static String attribute(String attributes, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : "";
    }

    private static List<String> splitTopLevel(String params) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < params.length(); i++) {
            char ch = params.charAt(i);
            if (ch == '(' || ch == '{' || ch == '<' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == '}' || ch == '>' || ch == ']') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(params.substring(start, i));
                start = i + 1;
            }
        }
        out.add(params.substring(start));
        return out;
    }
}
