// A minimal stand-in for the ArkUI component declarations of the
// OpenHarmony SDK, written for eslint-plugin-userauth's embedded default
// SDK. It declares the common components with a few attributes each, the
// decorators, and the classes the ArkTS compiler refers to (CustomComponent,
// LocalStorage), so that `.ets` pages type-check without DevEco Studio.
// It is not the real SDK and does not aim to be complete: unknown attributes
// are errors in the type checker, which the lint rules do not look at.

declare type Length = string | number;
declare type ResourceColor = string | number;
declare type ResourceStr = string | Resource;

declare interface Resource {
  readonly id: number;
  readonly type: number;
  readonly params?: unknown[];
}

declare function $r(value: string, ...params: unknown[]): Resource;
declare function $rawfile(value: string): Resource;

declare enum FontWeight {
  Lighter,
  Normal,
  Regular,
  Medium,
  Bold,
  Bolder,
}

declare enum FlexAlign {
  Start,
  Center,
  End,
  SpaceBetween,
  SpaceAround,
  SpaceEvenly,
}

declare enum HorizontalAlign {
  Start,
  Center,
  End,
}

declare enum VerticalAlign {
  Top,
  Center,
  Bottom,
}

declare enum InputType {
  Normal,
  Number,
  PhoneNumber,
  Email,
  Password,
}

declare enum ToggleType {
  Checkbox,
  Switch,
  Button,
}

declare enum FlexDirection {
  Row,
  Column,
  RowReverse,
  ColumnReverse,
}

declare interface ClickEvent {
  readonly x: number;
  readonly y: number;
  readonly timestamp: number;
}

declare interface StateStyles {
  normal?: unknown;
  pressed?: unknown;
  disabled?: unknown;
  focused?: unknown;
  clicked?: unknown;
  selected?: unknown;
}

/** The attributes every component has. */
declare class CommonMethod<T> {
  width(value: Length): T;
  height(value: Length): T;
  size(value: { width?: Length; height?: Length }): T;
  padding(
    value:
      Length | { top?: Length; bottom?: Length; left?: Length; right?: Length },
  ): T;
  margin(
    value:
      Length | { top?: Length; bottom?: Length; left?: Length; right?: Length },
  ): T;
  backgroundColor(value: ResourceColor): T;
  borderRadius(value: Length): T;
  opacity(value: number | Resource): T;
  visibility(value: number): T;
  enabled(value: boolean): T;
  layoutWeight(value: number | string): T;
  id(value: string): T;
  onClick(event: (event: ClickEvent) => void): T;
  onAppear(event: () => void): T;
  onDisAppear(event: () => void): T;
  stateStyles(value: StateStyles): T;
}

declare class CommonShapeMethod<T> extends CommonMethod<T> {}

declare class CommonAttribute extends CommonMethod<CommonAttribute> {}
declare const CommonInstance: CommonAttribute;

declare class ColumnAttribute extends CommonMethod<ColumnAttribute> {
  alignItems(value: HorizontalAlign): ColumnAttribute;
  justifyContent(value: FlexAlign): ColumnAttribute;
}
interface ColumnInterface {
  (value?: { space?: string | number }): ColumnAttribute;
}
declare const Column: ColumnInterface;
declare const ColumnInstance: ColumnAttribute;

declare class RowAttribute extends CommonMethod<RowAttribute> {
  alignItems(value: VerticalAlign): RowAttribute;
  justifyContent(value: FlexAlign): RowAttribute;
}
interface RowInterface {
  (value?: { space?: string | number }): RowAttribute;
}
declare const Row: RowInterface;
declare const RowInstance: RowAttribute;

declare class TextAttribute extends CommonMethod<TextAttribute> {
  fontSize(value: number | string | Resource): TextAttribute;
  fontColor(value: ResourceColor): TextAttribute;
  fontWeight(value: number | FontWeight | string): TextAttribute;
  maxLines(value: number): TextAttribute;
}
interface TextInterface {
  (content?: string | Resource): TextAttribute;
}
declare const Text: TextInterface;
declare const TextInstance: TextAttribute;

declare class ButtonAttribute extends CommonMethod<ButtonAttribute> {
  fontSize(value: Length): ButtonAttribute;
  fontColor(value: ResourceColor): ButtonAttribute;
}
interface ButtonInterface {
  (): ButtonAttribute;
  (
    label: ResourceStr,
    options?: { type?: number; stateEffect?: boolean },
  ): ButtonAttribute;
}
declare const Button: ButtonInterface;
declare const ButtonInstance: ButtonAttribute;

declare class ImageAttribute extends CommonMethod<ImageAttribute> {
  objectFit(value: number): ImageAttribute;
}
interface ImageInterface {
  (src: string | Resource): ImageAttribute;
}
declare const Image: ImageInterface;
declare const ImageInstance: ImageAttribute;

declare class TextInputAttribute extends CommonMethod<TextInputAttribute> {
  type(value: InputType): TextInputAttribute;
  maxLength(value: number): TextInputAttribute;
  onChange(callback: (value: string) => void): TextInputAttribute;
  onSubmit(callback: (enterKey: number) => void): TextInputAttribute;
}
interface TextInputInterface {
  (value?: {
    placeholder?: ResourceStr;
    text?: ResourceStr;
  }): TextInputAttribute;
}
declare const TextInput: TextInputInterface;
declare const TextInputInstance: TextInputAttribute;

declare class StackAttribute extends CommonMethod<StackAttribute> {}
interface StackInterface {
  (value?: { alignContent?: number }): StackAttribute;
}
declare const Stack: StackInterface;
declare const StackInstance: StackAttribute;

declare class FlexAttribute extends CommonMethod<FlexAttribute> {}
interface FlexInterface {
  (value?: {
    direction?: FlexDirection;
    justifyContent?: FlexAlign;
  }): FlexAttribute;
}
declare const Flex: FlexInterface;
declare const FlexInstance: FlexAttribute;

declare class ScrollAttribute extends CommonMethod<ScrollAttribute> {}
interface ScrollInterface {
  (scroller?: unknown): ScrollAttribute;
}
declare const Scroll: ScrollInterface;
declare const ScrollInstance: ScrollAttribute;

declare class ListAttribute extends CommonMethod<ListAttribute> {
  divider(
    value: { strokeWidth: Length; color?: ResourceColor } | null,
  ): ListAttribute;
}
interface ListInterface {
  (value?: { space?: number | string; initialIndex?: number }): ListAttribute;
}
declare const List: ListInterface;
declare const ListInstance: ListAttribute;

declare class ListItemAttribute extends CommonMethod<ListItemAttribute> {}
interface ListItemInterface {
  (value?: string): ListItemAttribute;
}
declare const ListItem: ListItemInterface;
declare const ListItemInstance: ListItemAttribute;

declare class ToggleAttribute extends CommonMethod<ToggleAttribute> {
  onChange(callback: (isOn: boolean) => void): ToggleAttribute;
}
interface ToggleInterface {
  (options: { type: ToggleType; isOn?: boolean }): ToggleAttribute;
}
declare const Toggle: ToggleInterface;
declare const ToggleInstance: ToggleAttribute;

declare class BlankAttribute extends CommonMethod<BlankAttribute> {}
interface BlankInterface {
  (min?: number | string): BlankAttribute;
}
declare const Blank: BlankInterface;
declare const BlankInstance: BlankAttribute;

declare class DividerAttribute extends CommonMethod<DividerAttribute> {}
interface DividerInterface {
  (): DividerAttribute;
}
declare const Divider: DividerInterface;
declare const DividerInstance: DividerAttribute;

declare class LoadingProgressAttribute extends CommonMethod<LoadingProgressAttribute> {}
interface LoadingProgressInterface {
  (): LoadingProgressAttribute;
}
declare const LoadingProgress: LoadingProgressInterface;
declare const LoadingProgressInstance: LoadingProgressAttribute;

declare class ForEachAttribute {}
interface ForEachInterface {
  (
    arr: Array<any>,
    itemGenerator: (item: any, index: number) => void,
    keyGenerator?: (item: any, index: number) => string,
  ): ForEachAttribute;
}
declare const ForEach: ForEachInterface;

declare class LazyForEachAttribute {}
declare const LazyForEach: (
  dataSource: unknown,
  itemGenerator: (item: any, index: number) => void,
  keyGenerator?: (item: any, index: number) => string,
) => LazyForEachAttribute;

declare class LocalStorage {
  constructor(initializingProperties?: Object);
  get<T>(propName: string): T | undefined;
  set<T>(propName: string, newValue: T): boolean;
}

declare class AppStorage {
  static get<T>(propName: string): T | undefined;
  static set<T>(propName: string, newValue: T): boolean;
}

/** The class every `struct` extends. */
declare class CustomComponent extends CommonAttribute {
  build(): void;
  aboutToAppear?(): void;
  aboutToDisappear?(): void;
  onPageShow?(): void;
  onPageHide?(): void;
  onBackPress?(): void | boolean;
}

declare class CustomComponentV2 extends CustomComponent {}

declare const Component: ClassDecorator &
  ((options: { freezeWhenInactive: boolean }) => ClassDecorator);
declare const ComponentV2: ClassDecorator &
  ((options: { freezeWhenInactive: boolean }) => ClassDecorator);
declare const Entry: ClassDecorator &
  ((
    options?: string | { routeName?: string; storage?: LocalStorage },
  ) => ClassDecorator);
declare const Preview: ClassDecorator & ((value: object) => ClassDecorator);
declare const CustomDialog: ClassDecorator;
declare const Reusable: ClassDecorator;
declare const Observed: ClassDecorator;
declare const ObservedV2: ClassDecorator;
declare const State: PropertyDecorator;
declare const Prop: PropertyDecorator;
declare const Link: PropertyDecorator;
declare const ObjectLink: PropertyDecorator;
declare const Provide: PropertyDecorator &
  ((value: string) => PropertyDecorator);
declare const Consume: PropertyDecorator &
  ((value: string) => PropertyDecorator);
declare const StorageProp: (value: string) => PropertyDecorator;
declare const StorageLink: (value: string) => PropertyDecorator;
declare const LocalStorageProp: (value: string) => PropertyDecorator;
declare const LocalStorageLink: (value: string) => PropertyDecorator;
declare const Watch: (value: string) => PropertyDecorator;
declare const Track: PropertyDecorator;
declare const Trace: PropertyDecorator;
declare const Local: PropertyDecorator;
declare const Param: PropertyDecorator;
declare const Once: PropertyDecorator;
declare const Event: PropertyDecorator;
declare const Require: PropertyDecorator;
declare const Provider: (aliasName?: string) => PropertyDecorator;
declare const Consumer: (aliasName?: string) => PropertyDecorator;
declare const Monitor: (value: string, ...args: string[]) => MethodDecorator;
declare const Computed: MethodDecorator;
declare const Builder: MethodDecorator;
declare const LocalBuilder: MethodDecorator;
declare const BuilderParam: PropertyDecorator;
declare const Styles: MethodDecorator;
declare const Extend: MethodDecorator & ((value: any) => MethodDecorator);
declare const AnimatableExtend: MethodDecorator &
  ((value: Object) => MethodDecorator);
declare const Concurrent: MethodDecorator;

declare interface IMonitor {
  readonly dirty: Array<string>;
  value<T>(path?: string): IMonitorValue<T> | undefined;
}

declare interface IMonitorValue<T> {
  readonly before: T;
  readonly now: T;
  readonly path: string;
}
