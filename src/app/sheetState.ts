// Whether the bottom sheet (narrow screens) is open: layout state of the shell, not of the atlas, so it lives here.
import { create } from 'zustand';

type SheetState = { open: boolean; setOpen: (open: boolean) => void };

export const useSheetStore = create<SheetState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
