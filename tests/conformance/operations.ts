/**
 * Random valid queries for a schema, reproducible from a seed: fields picked at random down to a
 * depth, arguments as literals or variables (some left to their defaults), aliases, the same
 * field twice with selections to merge, inline and named fragments, `@skip`/`@include` on fields
 * and fragments with literal or variable conditions, `__typename`, and abstract types answered
 * through fragments on their possible types. Every operation is checked against the schema;
 * the few that break a validation rule (two fragments selecting fields that cannot be merged)
 * are dropped and counted.
 */
import {
  astFromValue,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isRequiredArgument,
  parse,
  print,
  validate,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
  type GraphQLSchema,
  type GraphQLUnionType,
} from "graphql";
import type { Operation } from "./case.js";

export type GeneratorOptions = {
  seed: number;
  count: number;
  /** Values to draw arguments from, by input type name; built-in scalars have defaults. */
  values?: Record<string, unknown[]>;
  maxDepth?: number;
};

export type Generated = { operations: Operation[]; dropped: number };

const DEFAULT_VALUES: Record<string, unknown[]> = {
  Int: [0, 1, 2, 3, 10, -1],
  Float: [0, 1.5, -2],
  String: ["a", "x", ""],
  Boolean: [true, false],
  ID: ["1", "2", "x"],
};

/** Fields whose values are the time of the answer, compared as present or absent (see compare.ts). */
export const SNAPSHOT_TIME_FIELDS = new Set(["refreshedAt", "snapshotBuiltAt"]);

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateOperations(schema: GraphQLSchema, options: GeneratorOptions): Generated {
  const random = seededRandom(options.seed);
  const operations: Operation[] = [];
  let dropped = 0;
  for (let attempt = 0; operations.length < options.count && attempt < options.count * 4; attempt++) {
    const operation = new OperationBuilder(schema, random, { ...DEFAULT_VALUES, ...options.values }, options.maxDepth ?? 4, operations.length).build();
    if (validate(schema, parse(operation.query)).length) dropped++;
    else operations.push(operation);
  }
  return { operations, dropped };
}

class OperationBuilder {
  private readonly variables: string[] = [];
  private readonly values: Record<string, unknown> = {};
  private readonly fragments: string[] = [];
  private counter = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: () => number,
    private readonly pools: Record<string, unknown[]>,
    private readonly maxDepth: number,
    private readonly index: number,
  ) {}

  build(): Operation {
    const query = this.schema.getQueryType()!;
    const selection = this.objectSelection(query, 0, 1 + Math.floor(this.random() * 3));
    const named = this.chance(0.5) || this.fragments.length > 0;
    const name = named ? `Op${this.index}` : "";
    const variableList = this.variables.length ? `(${this.variables.join(", ")})` : "";
    const text = [`query ${name}${variableList} ${selection}`, ...this.fragments].join("\n");
    // Printed once through graphql-js so every operation has one canonical text.
    return { query: print(parse(text)), variables: this.values, ...(named ? { operationName: name } : {}) };
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private objectSelection(type: GraphQLObjectType | GraphQLInterfaceType, depth: number, wanted = 1 + Math.floor(this.random() * 4)): string {
    const fields = Object.values(type.getFields()).filter((field) => depth + 1 < this.maxDepth || isLeafType(getNamedType(field.type)));
    const parts: string[] = [];
    for (let i = 0; i < wanted && fields.length; i++) {
      parts.push(...this.field(this.pick(fields), depth));
    }
    if (parts.length === 0 || this.chance(0.15)) parts.push(this.chance(0.2) ? `${this.alias()}: __typename` : "__typename");
    return `{ ${this.wrapInFragments(type, parts).join(" ")} }`;
  }

  /** Some of the selections moved into an inline fragment or a named fragment on the same type. */
  private wrapInFragments(type: GraphQLNamedType, parts: string[]): string[] {
    if (parts.length < 2 || !this.chance(0.3)) return parts;
    const cut = 1 + Math.floor(this.random() * (parts.length - 1));
    const moved = parts.slice(cut).join(" ");
    const condition = this.condition(0.15);
    let wrapped: string;
    if (this.chance(0.5)) {
      wrapped = `...${this.chance(0.5) ? ` on ${type.name}` : ""}${condition} { ${moved} }`;
    } else {
      const name = `F${this.index}_${this.counter++}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${moved} }`);
      wrapped = `...${name}${condition}`;
    }
    // Before or after the fields that stayed: the answer's key order must follow the client's.
    return this.chance(0.5) ? [...parts.slice(0, cut), wrapped] : [wrapped, ...parts.slice(0, cut)];
  }

  /** The field, and sometimes the same field again (same key and arguments, another selection) for the gateway to merge. */
  private field(field: GraphQLField<unknown, unknown>, depth: number): string[] {
    const drawn = this.chance(0.15) ? `${this.alias()}: ` : "";
    // The overlaps snapshot's times are compared by name (compare.ts): never aliased.
    const alias = SNAPSHOT_TIME_FIELDS.has(field.name) ? "" : drawn;
    const head = `${alias}${field.name}${this.arguments(field.args)}${this.condition(0.1)}`;
    const named = getNamedType(field.type);
    const selection = () =>
      isLeafType(named) ? "" : ` ${this.compositeSelection(named as GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType, depth + 1)}`;
    const occurrences = [`${head}${selection()}`];
    if (this.chance(0.1)) occurrences.push(`${head}${selection()}`);
    return occurrences;
  }

  private compositeSelection(type: GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType, depth: number): string {
    if (!isAbstractType(type)) return this.objectSelection(type, depth);
    const parts: string[] = [];
    if (this.chance(0.6)) parts.push("__typename");
    if (!("getTypes" in type) && this.chance(0.7)) {
      // An interface's own fields, outside any fragment.
      const inner = this.objectSelection(type, depth);
      parts.push(inner.slice(1, -1));
    }
    for (const possible of this.schema.getPossibleTypes(type)) {
      if (this.chance(0.5)) parts.push(`... on ${possible.name}${this.condition(0.1)} ${this.objectSelection(possible, depth)}`);
    }
    if (parts.length === 0) parts.push("__typename");
    return `{ ${parts.join(" ")} }`;
  }

  private arguments(args: readonly GraphQLArgument[]): string {
    const given = args.filter((arg) => isRequiredArgument(arg) || this.chance(0.4));
    if (!given.length) return "";
    return `(${given.map((arg) => `${arg.name}: ${this.argumentValue(arg.type)}`).join(", ")})`;
  }

  /** A literal, or a variable declared with the argument's type (sometimes left out, to take its default). */
  private argumentValue(type: GraphQLInputType): string {
    const value = this.inputValue(type);
    if (!this.chance(0.3)) return print(astFromValue(value, type)!);
    const name = `v${this.counter++}`;
    if (!isNonNullType(type) && this.chance(0.3)) {
      this.variables.push(`$${name}: ${type} = ${print(astFromValue(value, type)!)}`);
    } else {
      this.variables.push(`$${name}: ${type}`);
      this.values[name] = value;
    }
    return `$${name}`;
  }

  /** `@skip` or `@include`, with a literal or a variable (sometimes defaulted), or nothing. */
  private condition(p: number): string {
    if (!this.chance(p)) return "";
    const directive = this.chance(0.5) ? "skip" : "include";
    const value = this.chance(0.5);
    if (this.chance(0.3)) return ` @${directive}(if: ${value})`;
    const name = `c${this.counter++}`;
    if (this.chance(0.3)) {
      this.variables.push(`$${name}: Boolean = ${value}`);
    } else {
      this.variables.push(`$${name}: Boolean!`);
      this.values[name] = value;
    }
    return ` @${directive}(if: $${name})`;
  }

  private inputValue(type: GraphQLInputType): unknown {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return Array.from({ length: Math.floor(this.random() * 3) }, () => this.inputValue(nullable.ofType));
    if (isInputObjectType(nullable)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(nullable.getFields())) {
        if ((isNonNullType(field.type) && field.defaultValue === undefined) || this.chance(0.4)) value[field.name] = this.inputValue(field.type);
      }
      return value;
    }
    const pool = this.pools[nullable.name];
    if (pool?.length) return this.pick(pool);
    if (isEnumType(nullable)) return this.pick(nullable.getValues()).value;
    return "x";
  }

  private alias(): string {
    return `k${this.counter++}`;
  }
}
